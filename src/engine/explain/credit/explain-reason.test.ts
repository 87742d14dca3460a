import { explainReason } from "./explain-reason";
import { indicatorResult } from "./test-results";

describe("explainReason", () => {
  it("gives a reason code as a sentence with its value, points and cost", () => {
    const debt = indicatorResult("debt_ratio", 0.78, 35, 6.5);
    expect(explainReason(debt, "en-US")).toBe("Debt ratio 78% scores 35/100, costing 6.5 points.");
    expect(explainReason(debt, "zh-CN")).toBe("资产负债率 78%，得分 35/100，扣 6.5 分。");
  });
});
