import { readPhone } from "./read-phone";
import { testField } from "./test-template";

const field = testField("phone", "string", { format: "phone" });

describe("readPhone", () => {
  it("keeps a formatted phone as typed, ok", () => {
    expect(readPhone("138-0013-8000", field)).toEqual({
      raw: "138-0013-8000",
      status: "ok",
      value: "138-0013-8000",
    });
    expect(readPhone("(010) 1234-5678", field)).toEqual({
      raw: "(010) 1234-5678",
      status: "ok",
      value: "(010) 1234-5678",
    });
    expect(readPhone("+86 138 0013 8000", field)).toMatchObject({
      status: "ok",
      value: "+86 138 0013 8000",
    });
  });

  it("reads a number cell as its digits without .0", () => {
    expect(readPhone(13800138000, field)).toEqual({
      raw: 13800138000,
      status: "ok",
      value: "13800138000",
    });
  });

  it("rejects a number cell that lost its landline 0, or has a fraction", () => {
    expect(readPhone(1012345678, field)).toMatchObject({ status: "invalid", problem: "bad-phone" });
    expect(readPhone(13800138000.5, field)).toMatchObject({
      status: "invalid",
      problem: "bad-phone",
    });
  });

  it("fixes only leading and trailing spaces", () => {
    expect(readPhone(" 13800138000 ", field)).toEqual({
      raw: " 13800138000 ",
      status: "fixed",
      value: "13800138000",
      fix: { value: "13800138000", reading: "spaces" },
    });
  });

  it("fixes full-width digits to ASCII", () => {
    expect(readPhone("１３８００１３８０００", field)).toMatchObject({
      status: "fixed",
      value: "13800138000",
      fix: { reading: "full-width" },
    });
  });

  it("rejects what is no phone", () => {
    for (const raw of ["12345", "call me", true, new Date(0), "138.0013.8000"]) {
      expect(readPhone(raw, field)).toMatchObject({
        status: "invalid",
        value: null,
        problem: "bad-phone",
      });
    }
  });

  it("reads empty cells and Excel errors", () => {
    expect(readPhone("", field).status).toBe("empty");
    expect(readPhone({ error: "#N/A" }, field).status).toBe("error");
  });
});
