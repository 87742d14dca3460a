import { scoreCredit } from "../../models/credit/scorecard";
import { DEFAULT_CREDIT_SETTINGS } from "../../models/credit/credit-settings";
import { blankCustomer, day, fullCustomer } from "../../models/credit/test-customers";
import { explainCredit } from "./explain-credit";
import { exampleResult } from "./test-results";

describe("explainCredit", () => {
  it("gives the grade, the rounded score and the reasons with their points", () => {
    expect(explainCredit(exampleResult(), "en-US")).toBe(
      "Grade BB (54): average 45 days overdue (30/100), debt ratio 78% (35/100), no collateral (20/100)"
    );
    expect(explainCredit(exampleResult(), "zh-CN")).toBe(
      "等级 BB（54 分）：平均逾期 45 天（30/100），资产负债率 78%（35/100），无担保（20/100）"
    );
  });

  it("shows the rounded score beside the grade the exact score gave", () => {
    expect(explainCredit(exampleResult({ score: 59.9997, reasons: [] }), "en-US")).toBe(
      "Grade BB (60): every indicator at full points"
    );
  });

  it("explains insufficient data, then the score and reasons on what there is", () => {
    const result = exampleResult({
      grade: "insufficient",
      confidence: 0.4,
      light: null,
      limit: null,
      terms: null,
    });
    expect(explainCredit(result, "en-US")).toBe(
      "Insufficient data: only 40% of the scorecard's weight has data; missing: current ratio. " +
        "Score 54 on what there is: average 45 days overdue (30/100), debt ratio 78% (35/100), no collateral (20/100)."
    );
    expect(explainCredit(result, "zh-CN")).toBe(
      "资料不足：评分卡仅 40% 的权重有数据；缺少：流动比率。 现有数据得分 54：平均逾期 45 天（30/100），资产负债率 78%（35/100），无担保（20/100）。"
    );
  });

  it("explains a customer with no data at all", () => {
    const asOf = day("2024-12-31");
    const text = explainCredit(
      scoreCredit(blankCustomer("c"), asOf, DEFAULT_CREDIT_SETTINGS),
      "en-US"
    );
    expect(text).toMatch(
      /^Insufficient data: only 0% of the scorecard's weight has data; missing: average days overdue, late payments in 12 months, /
    );
  });

  it("explains a real scored customer", () => {
    const asOf = day("2024-12-31");
    const result = scoreCredit(fullCustomer(asOf), asOf, DEFAULT_CREDIT_SETTINGS);
    expect(explainCredit(result, "en-US")).toBe(
      "Grade BBB (68): collateral covering 50% of the credit limit (60/100), average 45 days overdue (45/100), registered capital CNY 1,000,000 (60/100)"
    );
  });
});
