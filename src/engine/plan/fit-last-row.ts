import type { Lang } from "../../i18n/lang";
import { planText } from "../../i18n/plan";
import { EXCEL_ROWS } from "../excel-limits";
import { firstRows } from "./plan-rows";
import type { PlanCell, PlanSheet, PlanTable } from "./workbook-plan";

/** The last sheet row a table writes: its header, then one row per record. */
function bottomOf(table: PlanTable): number {
  return table.row + table.rows.length;
}

/** Every row number in an A1 range at or below `from` moved by `by`, then kept within `last`. */
function moveRows(range: string, from: number, by: number, last: number): string {
  return range.replace(/(\$?[A-Za-z]{1,3}\$?)(\d+)/g, (_, column: string, row: string) => {
    const r = Number(row);
    return `${column}${Math.min(r >= from ? r + by : r, last)}`;
  });
}

/**
 * A sheet within Excel's last row. With 1,048,575 customers, a sheet that puts a note above its one
 * table (Credit without financial fields) would end two rows past it: the table moves up as far as it
 * needs and the notes that were above it go beside its header, so no customer is left out. What still
 * does not fit (more records than Excel has rows, or a sheet of several tables such as Movers) is cut at
 * the last row, with a note beside the table's header saying how many rows are shown. A sheet that
 * fits is given back as it is.
 */
export function fitLastRow(sheet: PlanSheet, lang: Lang, lastRow = EXCEL_ROWS): PlanSheet {
  if (sheet.tables.length === 0) return sheet;
  let lowest = 0;
  for (let i = 1; i < sheet.tables.length; i++)
    if (bottomOf(sheet.tables[i]) > bottomOf(sheet.tables[lowest])) lowest = i;
  const table = sheet.tables[lowest];
  const over = bottomOf(table) - lastRow;
  if (over <= 0) return sheet;

  const from = table.row;
  const alone = sheet.tables.length === 1 && sheet.charts.length === 0;
  const lift = alone && sheet.cells.every((c) => c.row < from) ? Math.min(over, from - 1) : 0;
  const row = from - lift;
  const beside = table.column + table.header.length + 1;
  const cells: PlanCell[] = [];
  let next = row;
  for (const cell of sheet.cells) {
    // A note the table now covers goes beside its header, in the order the notes had.
    if (cell.row >= row && cell.row < from) cells.push({ ...cell, row: next++, column: beside });
    else cells.push(cell);
  }
  const room = lastRow - row;
  const rows = firstRows(table.rows, room);
  if (rows !== table.rows) {
    cells.push({
      row: next,
      column: beside,
      value: planText(lang).lastRow.cut(rows.length, table.rows.length),
      style: "note",
    });
  }
  const tables = sheet.tables.map((t, i) => (i === lowest ? { ...t, row, rows } : t));
  const fitted: PlanSheet = {
    ...sheet,
    tables,
    cells,
    conditionalFormats: sheet.conditionalFormats.map((f) => ({
      ...f,
      range: moveRows(f.range, from, -lift, lastRow),
    })),
  };
  if (sheet.freeze && sheet.freeze.rows >= from)
    fitted.freeze = { ...sheet.freeze, rows: sheet.freeze.rows - lift };
  if (sheet.print) {
    const print = { ...sheet.print };
    // "1:3": rows alone, without column letters.
    if (print.titleRows)
      print.titleRows = print.titleRows.replace(/\d+/g, (r) =>
        String(Number(r) >= from ? Number(r) - lift : Number(r))
      );
    if (print.printArea) print.printArea = moveRows(print.printArea, from, -lift, lastRow);
    if (print.rowBreaks) print.rowBreaks = print.rowBreaks.filter((r) => r < lastRow);
    fitted.print = print;
  }
  return fitted;
}
