import { formatNumber } from "./format-number";

describe("formatNumber", () => {
  it("rounds to the decimals asked and drops trailing zeros", () => {
    expect(formatNumber(45, 1)).toBe("45");
    expect(formatNumber(2.5, 1)).toBe("2.5");
    expect(formatNumber(1.504, 2)).toBe("1.5");
    expect(formatNumber(0.126, 2)).toBe("0.13");
    expect(formatNumber(100, 2)).toBe("100");
    expect(formatNumber(1000.5, 0)).toBe("1,001");
    expect(formatNumber(10.05, 3)).toBe("10.05");
  });

  it("rounds whole numbers half up, as toFixed does, also near the edges of double range", () => {
    expect([2.5, 3.5, 0.49999999999999994, 99.5].map((v) => formatNumber(v, 0))).toEqual([
      "3",
      "4",
      "0",
      "100",
    ]);
    expect(formatNumber(-0.4, 0)).toBe("0");
    expect(formatNumber(9007199254740991, 0)).toBe("9,007,199,254,740,991");
    expect(formatNumber(9.999999999999999e20, 0)).toBe("999,999,999,999,999,868,928");
  });

  it("groups thousands", () => {
    expect(formatNumber(1234567.891, 2)).toBe("1,234,567.89");
    expect(formatNumber(999, 0)).toBe("999");
    expect(formatNumber(1000, 0)).toBe("1,000");
  });

  it("keeps the sign, but never writes -0", () => {
    expect(formatNumber(-1234.5, 1)).toBe("-1,234.5");
    expect(formatNumber(-0.001, 1)).toBe("0");
  });
});
