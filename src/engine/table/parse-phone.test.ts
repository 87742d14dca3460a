import { parsePhone } from "./parse-phone";

describe("parsePhone", () => {
  it("reads mainland mobiles 1[3-9] + 9 digits", () => {
    expect(parsePhone("13800138000")).toBe("13800138000");
    expect(parsePhone("19912345678")).toBe("19912345678");
    expect(parsePhone("12800138000")).toBeNull();
    expect(parsePhone("1380013800")).toBeNull();
    expect(parsePhone("138001380001")).toBeNull();
  });

  it("drops spaces, dashes and brackets", () => {
    expect(parsePhone("138-0013-8000")).toBe("13800138000");
    expect(parsePhone("138 0013 8000")).toBe("13800138000");
    expect(parsePhone("(010) 1234-5678")).toBe("01012345678");
    expect(parsePhone("【0755】8888 8888")).toBe("075588888888");
  });

  it("reads landlines: 0 + 2-3 digit area code + 7-8 digits", () => {
    expect(parsePhone("0101234567")).toBe("0101234567");
    expect(parsePhone("075512345678")).toBe("075512345678");
    expect(parsePhone("010123456")).toBeNull();
    expect(parsePhone("0755123456789")).toBeNull();
  });

  it("reads +86 and 0086, with landlines after them without their 0", () => {
    expect(parsePhone("+86 138 0013 8000")).toBe("13800138000");
    expect(parsePhone("0086-13800138000")).toBe("13800138000");
    expect(parsePhone("+86 10 1234 5678")).toBe("01012345678");
    expect(parsePhone("+86 755 1234 5678")).toBe("075512345678");
    expect(parsePhone("+86 010 1234 5678")).toBeNull();
    expect(parsePhone("+86 12345")).toBeNull();
  });

  it("reads other countries as + and 7-15 digits", () => {
    expect(parsePhone("+1 (650) 253-0000")).toBe("+16502530000");
    expect(parsePhone("+4420")).toBeNull();
    expect(parsePhone("+1234567")).toBe("+1234567");
    expect(parsePhone("+1234567890123456")).toBeNull();
  });

  it("reads full-width digits", () => {
    expect(parsePhone("１３８００１３８０００")).toBe("13800138000");
  });

  it("rejects other text", () => {
    for (const text of ["", "abc", "138.0013.8000", "12345", "6502530000", "138 0013 8000 转 12"]) {
      expect(parsePhone(text)).toBeNull();
    }
  });
});
