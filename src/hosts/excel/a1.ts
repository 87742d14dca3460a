/** A1 notation for the host: building addresses to send, and reading the ones Excel sends back. */

/** 0-based inclusive rectangle. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Column letters of a 0-based column index: 0 -> "A", 26 -> "AA". */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "B3" for 0-based row 2, column 1. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** "A1:C3" (or "A1" for one cell) for a 0-based rectangle. */
export function areaAddress(area: Area): string {
  const a = cellAddress(area.top, area.left);
  return area.top === area.bottom && area.left === area.right
    ? a
    : `${a}:${cellAddress(area.bottom, area.right)}`;
}

function parseCell(text: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text);
  if (!m) return null;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, column: column - 1 };
}

/** One area ("Sheet1!B2:C4", "'My sheet'!A1", "b2") as a rectangle, or null when it is not one. */
export function parseAreaAddress(address: string): Area | null {
  const bang = address.lastIndexOf("!");
  const local = (bang >= 0 ? address.slice(bang + 1) : address).trim();
  const [first, second, extra] = local.split(":");
  if (extra !== undefined) return null;
  const a = parseCell(first);
  const b = second === undefined ? a : parseCell(second);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/** The areas of a RangeAreas address ("S!A1:B2,S!D4"); commas inside quoted sheet names are kept. */
export function parseAreaList(address: string): Area[] {
  const out: Area[] = [];
  let current = "";
  let quoted = false;
  const flush = (): void => {
    const area = current.trim() === "" ? null : parseAreaAddress(current);
    if (area) out.push(area);
    current = "";
  };
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) flush();
    else current += ch;
  }
  flush();
  return out;
}
