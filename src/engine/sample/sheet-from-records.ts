import type { CellValue } from "../table/cell";
import { columnLetter } from "../table/column-letter";
import type { SheetData } from "../table/sheet";
import type { Template } from "../template/types";
import type { SampleRecord } from "./make-enterprise-records";

/** Sample sheets put their header here: a merged title row and a blank row above it, as people do. */
export const SAMPLE_HEADER_ROW = 3;

/**
 * A sheet with a merged title on row 1, a blank row 2, the template's zh-CN titles on row 3 and
 * one record per row from row 4, in the template's field order.
 */
export function sheetFromRecords(
  name: string,
  title: string,
  template: Template,
  records: readonly SampleRecord[]
): SheetData {
  const fields = template.fields.map((f) => f.name);
  const rows: CellValue[][] = [[title], [], template.fields.map((f) => f.title["zh-CN"])];
  for (const record of records) rows.push(fields.map((field) => record[field] ?? null));
  return { name, rows, merges: [`A1:${columnLetter(fields.length - 1)}1`] };
}
