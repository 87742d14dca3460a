import { dayFromIso } from "../engine/day";
import type { CellValue } from "../engine/table/cell";
import { buildXlsx } from "../hosts/file/build-xlsx";
import { FileHost } from "../hosts/file/file-host";
import { applyPlanToXlsx } from "../hosts/file/plan/apply-plan";

export const AS_OF = dayFromIso("2026-11-01")!;
export const HEADER = [
  "客户编号",
  "客户名称",
  "客户经理",
  "毛利贡献",
  "交易次数",
  "最近交易日期",
  "首次交易日期",
];

/** A browser-mode host over a workbook with one customer sheet of these rows. */
export async function customerHost(rows: CellValue[][], header = HEADER): Promise<FileHost> {
  const bytes = await buildXlsx({ sheets: [{ name: "客户档案", rows: [header, ...rows] }] });
  return FileHost.open(bytes, "customers.xlsx", { applyPlanToXlsx });
}
