import { formatIndicatorValue } from "./format-indicator-value";
import { indicatorResult } from "./test-results";

describe("formatIndicatorValue", () => {
  it("formats by unit", () => {
    expect(formatIndicatorValue(indicatorResult("overdue_days", 12.34, 80), "en-US")).toBe("12.3");
    expect(formatIndicatorValue(indicatorResult("debt_ratio", 0.7812, 35), "en-US")).toBe("78.1%");
    expect(formatIndicatorValue(indicatorResult("revenue_growth", -0.12, 40), "en-US")).toBe(
      "-12%"
    );
    expect(formatIndicatorValue(indicatorResult("current_ratio", 1.256, 60), "en-US")).toBe("1.26");
    expect(formatIndicatorValue(indicatorResult("registered_capital", 1500, 85), "en-US")).toBe(
      "1,500"
    );
  });

  it("names a category in the language asked", () => {
    const risk = indicatorResult("industry_risk", "高", 20);
    expect(formatIndicatorValue(risk, "en-US")).toBe("high");
    expect(formatIndicatorValue(risk, "zh-CN")).toBe("高");
  });

  it("gives null without data", () => {
    expect(formatIndicatorValue(indicatorResult("current_ratio", null, null), "zh-CN")).toBeNull();
  });
});
