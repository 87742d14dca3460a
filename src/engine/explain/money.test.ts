import { formatMoney } from "./money";

describe("formatMoney", () => {
  it("writes the brief's examples", () => {
    expect(formatMoney(1_200_000, "en-US")).toBe("¥1.2M");
    expect(formatMoney(1_200_000, "zh-CN")).toBe("¥120.0万");
  });

  it("uses K, M, B in English and 万, 亿 in Chinese", () => {
    expect(formatMoney(3_400, "en-US")).toBe("¥3.4K");
    expect(formatMoney(3_400, "zh-CN")).toBe("¥3,400");
    expect(formatMoney(150_000_000, "zh-CN")).toBe("¥1.5亿");
    expect(formatMoney(2_500_000_000, "en-US")).toBe("¥2.5B");
    expect(formatMoney(12_345_600_000_000, "en-US")).toBe("¥12,345.6B");
  });

  it("keeps small amounts whole or to the cent", () => {
    expect(formatMoney(950, "en-US")).toBe("¥950");
    expect(formatMoney(12.5, "en-US")).toBe("¥12.50");
    expect(formatMoney(0, "zh-CN")).toBe("¥0");
    expect(formatMoney(9_999.5, "zh-CN")).toBe("¥9,999.50");
  });

  it("promotes at unit boundaries after rounding", () => {
    expect(formatMoney(999.996, "en-US")).toBe("¥1.0K");
    expect(formatMoney(999_949, "en-US")).toBe("¥999.9K");
    expect(formatMoney(999_960, "en-US")).toBe("¥1.0M");
    expect(formatMoney(99_996_000, "zh-CN")).toBe("¥9,999.6万");
    expect(formatMoney(99_999_600, "zh-CN")).toBe("¥1.0亿");
    expect(formatMoney(10_000, "zh-CN")).toBe("¥1.0万");
  });

  it("puts the sign before the symbol and takes another currency", () => {
    expect(formatMoney(-1_200_000, "en-US")).toBe("-¥1.2M");
    expect(formatMoney(-5, "zh-CN")).toBe("-¥5");
    expect(formatMoney(1_500, "en-US", "$")).toBe("$1.5K");
  });
});
