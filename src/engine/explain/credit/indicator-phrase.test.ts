import { indicatorPhrase } from "./indicator-phrase";
import { indicatorResult } from "./test-results";
import type { IndicatorResult } from "../../models/credit/credit-result";

const both = (i: IndicatorResult): [string, string] => [
  indicatorPhrase(i, "en-US"),
  indicatorPhrase(i, "zh-CN"),
];

describe("indicatorPhrase", () => {
  it("reads each default indicator in both languages", () => {
    expect(both(indicatorResult("overdue_days", 45, 45))).toEqual([
      "average 45 days overdue",
      "平均逾期 45 天",
    ]);
    expect(both(indicatorResult("late_payments", 1, 80))).toEqual([
      "1 late payment in 12 months",
      "近12月逾期 1 次",
    ]);
    expect(both(indicatorResult("late_payments", 3, 50))[0]).toBe("3 late payments in 12 months");
    expect(both(indicatorResult("customer_years", 2.5, 70))).toEqual([
      "a customer for 2.5 years",
      "合作 2.5 年",
    ]);
    expect(both(indicatorResult("returns_ratio", 0.05, 80))).toEqual([
      "returns and discounts 5% of sales",
      "退货折让占销售额 5%",
    ]);
    expect(both(indicatorResult("current_ratio", 1.5, 80))).toEqual([
      "current ratio 1.5",
      "流动比率 1.5",
    ]);
    expect(both(indicatorResult("net_margin", 0.03, 61))).toEqual(["net margin 3%", "净利率 3%"]);
    expect(both(indicatorResult("revenue_growth", 0.1, 80))).toEqual([
      "revenue growth 10%",
      "营业收入增长 10%",
    ]);
    expect(both(indicatorResult("debt_ratio", 0.78, 34))).toEqual([
      "debt ratio 78%",
      "资产负债率 78%",
    ]);
    expect(both(indicatorResult("registered_capital", 100, 60))).toEqual([
      "registered capital CNY 1,000,000",
      "注册资本 100 万元",
    ]);
    expect(both(indicatorResult("collateral_cover", 0.5, 60))).toEqual([
      "collateral covering 50% of the credit limit",
      "担保覆盖授信额度的 50%",
    ]);
    expect(both(indicatorResult("industry_risk", "高", 20))).toEqual([
      "high industry risk",
      "行业风险高",
    ]);
    expect(both(indicatorResult("business_years", 1, 40))).toEqual([
      "1 year in business",
      "经营 1 年",
    ]);
  });

  it("says 'no collateral' when the cover is 0", () => {
    expect(both(indicatorResult("collateral_cover", 0, 20))).toEqual(["no collateral", "无担保"]);
  });

  it("says when there is no data", () => {
    expect(both(indicatorResult("debt_ratio", null, null))).toEqual([
      "Debt ratio: no data",
      "资产负债率：无数据",
    ]);
  });

  it("falls back to name and value for a custom indicator", () => {
    const custom: IndicatorResult = {
      ...indicatorResult("current_ratio", 2, 100),
      id: "quick_ratio",
      name: { "zh-CN": "速动比率", "en-US": "Quick ratio" },
    };
    expect(both(custom)).toEqual(["Quick ratio 2", "速动比率 2"]);
  });
});
