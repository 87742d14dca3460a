import { plainNumber } from "./plain-number";

describe("plainNumber", () => {
  it("groups thousands and drops trailing zeros", () => {
    expect(plainNumber(1250)).toBe("1,250");
    expect(plainNumber(4.2)).toBe("4.2");
    expect(plainNumber(6.3999999999999995)).toBe("6.4");
    expect(plainNumber(2.65512, 4)).toBe("2.6551");
    expect(plainNumber(-3.5)).toBe("-3.5");
    expect(plainNumber(-0.001)).toBe("0");
  });
});
