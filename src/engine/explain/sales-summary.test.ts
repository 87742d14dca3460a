import { dayFromIso } from "../day";
import { scoreWorkbook } from "../score-workbook";
import { DEFAULT_SETTINGS } from "../settings";
import { salesSummary } from "./sales-summary";
import { eachScoredCustomer } from "../scored-customers";

const HEADER = [
  "客户编号",
  "客户名称",
  "毛利贡献",
  "交易次数",
  "最近交易日期",
  "首次交易日期",
  "累计销售额",
];

function scored() {
  const rows: (string | number)[][] = [HEADER];
  for (let i = 1; i <= 10; i++)
    rows.push([`C${i}`, `Co ${i}`, i * 100, 3, "2026-10-01", "2024-01-01", i * 1000]);
  // Silent for 200 days after one order: a churn alert on a still-active customer.
  rows.push(["L1", "Late", 10, 1, "2026-04-15", "2026-04-15", 50]);
  const run = scoreWorkbook(
    { sheets: [{ name: "客户档案", rows }] },
    { asOf: dayFromIso("2026-11-01")!, settings: DEFAULT_SETTINGS }
  )!;
  return (id: string) => [...eachScoredCustomer(run)].find((c) => c.customer.customer_id === id)!;
}

describe("salesSummary", () => {
  const find = scored();

  it("starts with the tier and the segment in plain words, with no model jargon", () => {
    const text = salesSummary(find("C10"));
    expect(text["en-US"]).toMatch(
      /^An A customer: one of the few who bring most of the value; segment: /
    );
    expect(text["zh-CN"]).toMatch(/^A 类客户/);
    expect(text["en-US"]).not.toMatch(/quantile|ckmeans|type 7/i);
  });

  it("says to call an overdue customer, and that the credit grade waits for data", () => {
    const text = salesSummary(find("L1"));
    expect(text["en-US"]).toContain("overdue for the next order: call now");
    expect(text["en-US"]).toContain("credit: not enough data for a grade yet");
    expect(text["zh-CN"]).toContain("现在就回访");
  });
});
