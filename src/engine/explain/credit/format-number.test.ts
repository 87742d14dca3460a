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
