import type { WorkbookData } from "../../engine/table/sheet";
import type { RowsPart } from "./protocol";

/**
 * Rows per message when a workbook crosses to the worker as sheets (Excel's, read on the page's
 * thread, or a .csv's): each message is serialized in its own task, so sending 100,000 rows does
 * not hold the page for the whole copy.
 */
export const ROWS_PER_PART = 5000;

/** A workbook to send: its sheets without rows, and the rows in parts to send before it. */
export function splitWorkbook(
  workbook: WorkbookData,
  id: number
): { head: WorkbookData; parts: RowsPart[] } {
  const parts: RowsPart[] = [];
  workbook.sheets.forEach((sheet, index) => {
    for (let at = 0; at < sheet.rows.length; at += ROWS_PER_PART) {
      parts.push({
        id,
        type: "rows",
        sheet: index,
        rows: sheet.rows.slice(at, at + ROWS_PER_PART),
      });
    }
  });
  return { head: { ...workbook, sheets: workbook.sheets.map((s) => ({ ...s, rows: [] })) }, parts };
}

/** The workbook again in the worker: each sheet's rows from its parts, in the order sent. */
export function joinWorkbook(head: WorkbookData, parts: readonly RowsPart[]): WorkbookData {
  const rows = head.sheets.map(() => [] as WorkbookData["sheets"][number]["rows"]);
  for (const part of parts) for (const row of part.rows) rows[part.sheet].push(row);
  return { ...head, sheets: head.sheets.map((s, i) => ({ ...s, rows: rows[i] })) };
}
