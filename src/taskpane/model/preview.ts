import { columnLetter } from "../../engine/table/column-letter";
import { isCellError, type CellValue } from "../../engine/table/cell";
import type { SheetData } from "../../engine/table/sheet";
import type { Finding, Severity } from "../../engine/validate/finding";

export const PREVIEW_ROWS = 200;

/** One previewed cell: its text, and the worst severity of the findings on it. */
export interface PreviewCell {
  address: string;
  text: string;
  mark: Severity | null;
}

export interface Preview {
  columns: string[];
  rows: { row: number; cells: PreviewCell[] }[];
  /** Rows the sheet has beyond the preview. */
  more: number;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function cellText(value: CellValue): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (isCellError(value)) return value.error;
  return String(value);
}

/** The first `limit` rows of a sheet as text, problem cells marked with their worst severity. */
export function buildPreview(
  sheet: SheetData,
  findings: readonly Finding[],
  limit = PREVIEW_ROWS
): Preview {
  const marks = new Map<string, Severity>();
  for (const f of findings) {
    if (f.row === null || f.column === null || f.row > limit) continue;
    const address = `${f.column}${f.row}`;
    const had = marks.get(address);
    if (had === undefined || RANK[f.severity] < RANK[had]) marks.set(address, f.severity);
  }
  const shown = sheet.rows.slice(0, limit);
  const width = shown.reduce((w, r) => Math.max(w, r.length), 0);
  const columns = Array.from({ length: width }, (_, j) => columnLetter(j));
  return {
    columns,
    rows: shown.map((cells, i) => ({
      row: i + 1,
      cells: columns.map((letter, j) => {
        const address = `${letter}${i + 1}`;
        return { address, text: cellText(cells[j] ?? null), mark: marks.get(address) ?? null };
      }),
    })),
    more: Math.max(0, sheet.rows.length - limit),
  };
}
