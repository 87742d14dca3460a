import type { CellValue } from "../../table/cell";
import { categoryCell, numericCell } from "./cell-reading";
import type { ScorecardVariable } from "./types";

/**
 * A column as a scorecard variable: numeric when every non-empty cell reads as a number
 * (cell-reading.ts), else categorical on the cells' trimmed text, levels in order of appearance.
 */
export function readVariable(
  name: string,
  rows: readonly { cells: readonly CellValue[] }[],
  column: number
): ScorecardVariable {
  const values = new Float64Array(rows.length);
  let numeric = true;
  for (let i = 0; i < rows.length && numeric; i++) {
    const value = numericCell(rows[i].cells[column]);
    if (value === null) numeric = false;
    else values[i] = value;
  }
  if (numeric) return { name, kind: "numeric", values };
  const codes = new Int32Array(rows.length);
  const levels: string[] = [];
  const index = new Map<string, number>();
  rows.forEach((r, i) => {
    const text = categoryCell(r.cells[column]);
    if (text === null) {
      codes[i] = -1;
      return;
    }
    let code = index.get(text);
    if (code === undefined) {
      code = levels.length;
      levels.push(text);
      index.set(text, code);
    }
    codes[i] = code;
  });
  return { name, kind: "categorical", codes, levels };
}
