import { compactMoney } from "./compact-money";

describe("compactMoney", () => {
  it("groups by thousands and millions in English", () => {
    expect(compactMoney(-1_270_000, "en-US")).toBe("-1.27M");
    expect(compactMoney(12_500, "en-US")).toBe("12.5K");
    expect(compactMoney(0, "en-US")).toBe("0.00");
    expect(compactMoney(3.2e9, "en-US")).toBe("3.20B");
  });

  it("groups by 万 and 亿 in Chinese", () => {
    expect(compactMoney(-1_270_000, "zh-CN")).toBe("-127.0万");
    expect(compactMoney(250_000_000, "zh-CN")).toBe("2.50亿");
    expect(compactMoney(999, "zh-CN")).toBe("999.00");
  });
});
