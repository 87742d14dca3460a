import { rowList } from "./plan-rows";
import { dayFromIso } from "../day";
import { explainFuzzy } from "../explain/credit/explain-fuzzy";
import { scoreWorkbook } from "../score-workbook";
import { DEFAULT_SETTINGS, type Settings } from "../settings";
import type { WorkbookData } from "../table/sheet";
import { buildCreditSheet } from "./build-credit-sheet";
import { eachScoredCustomer } from "../scored-customers";

const asOf = dayFromIso("2026-11-01")!;
const workbook: WorkbookData = {
  sheets: [
    {
      name: "客户档案",
      rows: [
        [
          "客户编号",
          "客户名称",
          "平均逾期天数",
          "资产负债率",
          "行业风险",
          "首次交易日期",
          "累计销售额",
        ],
        ["C1", "甲", 0, null, "低", "2020-01-01", 100000],
        ["C2", "乙", 75, null, "高", "2026-06-01", 5000],
      ],
    },
  ],
};
const run = (settings: Settings) => scoreWorkbook(workbook, { asOf, settings })!;

describe("buildCreditSheet with the fuzzy method", () => {
  it("adds the winning grade and the membership vector per customer", () => {
    const fuzzy = run({
      ...DEFAULT_SETTINGS,
      credit: { ...DEFAULT_SETTINGS.credit, method: "fuzzy" },
    });
    const table = buildCreditSheet(fuzzy, "en-US").tables[0];
    expect(table.header.slice(-2)).toEqual(["Fuzzy grade", "Fuzzy evaluation"]);
    expect(table.formats).toHaveLength(table.header.length);
    [...eachScoredCustomer(fuzzy)].forEach((c, i) => {
      const row = rowList(table.rows)[i];
      expect(c.credit.fuzzy).not.toBeNull();
      expect(row[row.length - 1]).toBe(
        explainFuzzy(c.credit.fuzzy!, DEFAULT_SETTINGS.credit.fuzzyGrades, "en-US")
      );
    });
    // The reliable payer in a low-risk industry is judged better than the late one in a high-risk one.
    const [good, poor] = [...eachScoredCustomer(fuzzy)].map((c) => c.credit.fuzzy!.grade);
    expect(good).not.toBe(poor);
    expect(buildCreditSheet(fuzzy, "zh-CN").tables[0].header.slice(-2)).toEqual([
      "模糊评价等级",
      "模糊综合评价",
    ]);
  });

  it("leaves the sheet as it was for the other methods", () => {
    // 14 columns, and the Altman check and its reason (16), but no fuzzy columns.
    const table = buildCreditSheet(run(DEFAULT_SETTINGS), "en-US").tables[0];
    expect(table.header).toHaveLength(16);
    expect(rowList(table.rows)[0]).toHaveLength(16);
    expect(table.header).not.toContain("Fuzzy grade");
  });
});
