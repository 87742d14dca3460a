import { dayFromIso } from "../day";
import { scoreWorkbook, type ScoreRun } from "../score-workbook";
import { DEFAULT_SETTINGS } from "../settings";
import type { WorkbookData } from "../table/sheet";

/** Test helper: ten customers scored as of 2026-11-01, profit(i) for C1..C10, in two regions. */
export function tenCustomers(profit: (i: number) => number = (i) => i * 100): ScoreRun {
  const rows: (string | number)[][] = [
    [
      "客户编号",
      "客户名称",
      "毛利贡献",
      "交易次数",
      "最近交易日期",
      "首次交易日期",
      "累计销售额",
      "所在地区",
    ],
  ];
  for (let i = 1; i <= 10; i++)
    rows.push([
      `C${i}`,
      `客户${i}`,
      profit(i),
      i,
      "2026-10-01",
      "2024-01-01",
      i * 1000,
      i % 2 ? "华东" : "华南",
    ]);
  const workbook: WorkbookData = { sheets: [{ name: "客户档案", rows }] };
  return scoreWorkbook(workbook, { asOf: dayFromIso("2026-11-01")!, settings: DEFAULT_SETTINGS })!;
}
