import { rowAt } from "../../engine/plan/plan-rows";
import type { PlanTable, PlanValue } from "../../engine/plan/workbook-plan";
import { areaAddress, type Area } from "./a1";
import type { BlockWriter } from "./block-writer";
import { columnKinds } from "./column-kinds";
import { estimateJsonBytes } from "./json-bytes";
import { MAX_BLOCK_ROWS, REQUEST_BUDGET_BYTES } from "./limits";
import type { XlWorksheet } from "./office-subset";

export const HEADER_FILL = "#D9E1F2";
/** Bytes a number format entry adds per cell of a mixed column ("@" or a format code). */
const FORMAT_BYTES_PER_CELL = 12;

function cellValue(v: PlanValue | undefined): string | number | boolean | null {
  if (v === undefined || v === null) return null;
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  return v;
}

/** The 0-based area a table covers, header included. */
export function tableArea(table: PlanTable): Area {
  return {
    top: table.row - 1,
    left: table.column - 1,
    bottom: table.row - 1 + table.rows.length,
    right: table.column - 1 + Math.max(table.header.length, 1) - 1,
  };
}

/**
 * Writes a table's values in row blocks (at most 5,000 rows, under the request budget), text-safe:
 * string cells are formatted "@" before their values are written (whole column blocks with one
 * 1x1 format where a column holds only strings, a per-cell format array where it is mixed). Number
 * formats of the other columns follow the values, one call per column; then the header style.
 */
export async function writeTable(
  writer: BlockWriter,
  sheet: XlWorksheet,
  table: PlanTable
): Promise<void> {
  const area = tableArea(table);
  const width = area.right - area.left + 1;
  const headerRange = sheet.getRange(areaAddress({ ...area, bottom: area.top }));
  const header = Array.from({ length: width }, (_, j) => cellValue(table.header[j]));
  await writer.reserve(estimateJsonBytes([header]));
  headerRange.numberFormat = [["@"]];
  headerRange.values = [header];

  const kinds = columnKinds(table.rows, width);
  const mixed = kinds.filter((k) => k === "mixed").length;
  let start = 0;
  while (start < table.rows.length) {
    let end = start;
    let bytes = 0;
    const block: (string | number | boolean | null)[][] = [];
    while (end < table.rows.length && end - start < MAX_BLOCK_ROWS) {
      const values = rowAt(table.rows, end);
      const row = Array.from({ length: width }, (_, j) => cellValue(values[j]));
      const rowBytes = estimateJsonBytes([row]) + mixed * FORMAT_BYTES_PER_CELL;
      if (end > start && bytes + rowBytes > REQUEST_BUDGET_BYTES) break;
      block.push(row);
      bytes += rowBytes;
      end++;
    }
    await writer.reserve(bytes);
    const top = area.top + 1 + start;
    const bottom = area.top + end;
    kinds.forEach((kind, j) => {
      const column = sheet.getRange(
        areaAddress({ top, bottom, left: area.left + j, right: area.left + j })
      );
      if (kind === "text") column.numberFormat = [["@"]];
      if (kind === "mixed")
        column.numberFormat = block.map((row) => [
          typeof row[j] === "string" ? "@" : (table.formats[j] ?? "General"),
        ]);
    });
    sheet.getRange(areaAddress({ top, bottom, left: area.left, right: area.right })).values = block;
    writer.wrote(block.length);
    start = end;
  }

  if (table.rows.length > 0) {
    kinds.forEach((kind, j) => {
      const format = table.formats[j];
      if (kind !== "none" || !format) return;
      const column = {
        top: area.top + 1,
        bottom: area.bottom,
        left: area.left + j,
        right: area.left + j,
      };
      sheet.getRange(areaAddress(column)).numberFormat = [[format]];
    });
  }
  if (table.styledHeader) {
    headerRange.format.font.bold = true;
    headerRange.format.fill.color = HEADER_FILL;
  }
}
