/** A1 addresses as Excel reads them, written for the fake independently of the host's own helpers. */

/** 0-based, inclusive rectangle. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

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

function invalid(address: string): Error {
  return Object.assign(
    new Error(`The argument is invalid or missing or has an incorrect format: ${address}`),
    {
      code: "InvalidArgument",
    }
  );
}

type End = { row?: number; col?: number };

function parseEnd(text: string, address: string): End {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text);
  if (!m || (m[1] === "" && m[2] === "")) throw invalid(address);
  const end: End = {};
  if (m[1] !== "") end.col = columnIndex(m[1]);
  if (m[2] !== "") end.row = Number(m[2]) - 1;
  if ((end.col ?? 0) >= MAX_COLUMNS || (end.row ?? 0) >= MAX_ROWS || (end.row ?? 0) < 0)
    throw invalid(address);
  return end;
}

/** Strips "Sheet1!" or "'My sheet'!" and returns [sheet name or null, rest]. */
export function splitSheet(address: string): [string | null, string] {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return [null, address];
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return [sheet, address.slice(bang + 1)];
}

/** "B2", "A1:C3", "A:A", "2:5" (optionally sheet-qualified) as a rectangle. */
export function parseArea(address: string): Rect {
  const [, local] = splitSheet(address.trim());
  const parts = local.split(":");
  if (parts.length > 2) throw invalid(address);
  const a = parseEnd(parts[0], address);
  const b = parts.length === 2 ? parseEnd(parts[1], address) : a;
  const wholeColumns = a.row === undefined && b.row === undefined;
  const wholeRows = a.col === undefined && b.col === undefined;
  if (parts.length === 1 && (a.row === undefined || a.col === undefined)) throw invalid(address);
  if (
    !wholeColumns &&
    !wholeRows &&
    (a.row === undefined || a.col === undefined || b.row === undefined || b.col === undefined)
  ) {
    throw invalid(address);
  }
  const top = wholeColumns ? 0 : Math.min(a.row as number, b.row as number);
  const bottom = wholeColumns ? MAX_ROWS - 1 : Math.max(a.row as number, b.row as number);
  const left = wholeRows ? 0 : Math.min(a.col as number, b.col as number);
  const right = wholeRows ? MAX_COLUMNS - 1 : Math.max(a.col as number, b.col as number);
  return { top, left, bottom, right };
}

/** Comma-separated areas, as worksheet.getRanges takes them. Commas inside quoted sheet names are kept. */
export function parseAreas(address: string): Rect[] {
  return splitAreaList(address).map((p) => parseArea(p));
}

/** "A1,Sheet1!B2:C3" as its areas' addresses. */
export function splitAreaList(address: string): string[] {
  const pieces: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      pieces.push(current);
      current = "";
    } else current += ch;
  }
  pieces.push(current);
  return pieces;
}

export function formatArea(rect: Rect): string {
  const a = `${columnLetters(rect.left)}${rect.top + 1}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return a;
  return `${a}:${columnLetters(rect.right)}${rect.bottom + 1}`;
}

/** How Excel writes a sheet-qualified address: quoted when the name is not a plain word. */
export function qualify(sheet: string, area: string): string {
  const plain = /^[A-Za-z_\u0080-\uFFFF][A-Za-z0-9_.\u0080-\uFFFF]*$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${area}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
