import { explainPolicy } from "./explain-policy";
import { exampleResult } from "./test-results";

describe("explainPolicy", () => {
  it("gives the limit with its multiple of monthly sales, and the terms", () => {
    const result = exampleResult({
      grade: "BBB",
      limit: 416.67,
      averageMonthlySales: 277.78,
      terms: 30,
    });
    expect(explainPolicy(result, "en-US")).toBe(
      "Recommended credit limit 417 (1.5 x average monthly sales of 278); terms 30 days."
    );
    expect(explainPolicy(result, "zh-CN")).toBe(
      "建议授信额度 417（月均销售额 278 的 1.5 倍）；账期 30 天。"
    );
  });

  it("names cash on delivery and prepayment", () => {
    expect(
      explainPolicy(exampleResult({ grade: "B", terms: "COD", limit: 500 }), "en-US")
    ).toContain("cash on delivery");
    expect(
      explainPolicy(exampleResult({ grade: "C", terms: "prepayment", limit: 0 }), "zh-CN")
    ).toBe("建议授信额度 0（月均销售额 1,000 的 0 倍）；预付款。");
  });

  it("says there is no limit without a sales history", () => {
    expect(explainPolicy(exampleResult({ limit: null, averageMonthlySales: null }), "en-US")).toBe(
      "No recommended limit without a sales history; terms 15 days."
    );
  });

  it("gives nothing for an insufficient result", () => {
    expect(
      explainPolicy(exampleResult({ grade: "insufficient", terms: null, limit: null }), "en-US")
    ).toBeNull();
  });
});
