/**
 * What highlights covered, kept under "tiersheet.highlights" so clearHighlights can put it back:
 * per sheet id, per previous fill, the cells as one comma-joined string (compact for thousands of
 * cells). A fill is "none", a colour "#RRGGBB", or "#RRGGBB/Pattern" for a patterned fill.
 */
export type HighlightRecord = Map<string, Map<string, string>>;

const VERSION = 1;

/** The fill key of a cell as Excel reports it (colour and pattern). */
export function fillKey(color: string | null, pattern: string | null): string {
  if (pattern === "None" || pattern === null || color === null) return "none";
  return pattern === "Solid" ? color : `${color}/${pattern}`;
}

/** The colour and pattern to put back for a fill key; null means clear the fill. */
export function fillFromKey(key: string): { color: string; pattern: string | null } | null {
  if (key === "none") return null;
  const [color, pattern] = key.split("/");
  return { color, pattern: pattern ?? null };
}

/** Reads the stored record (sheet id -> cell -> previous fill); anything unreadable is an empty record. */
export function parseHighlightRecord(stored: unknown): HighlightRecord {
  const record: HighlightRecord = new Map();
  if (typeof stored !== "string") return record;
  let data: unknown;
  try {
    data = JSON.parse(stored);
  } catch {
    return record;
  }
  const sheets = (data as { version?: unknown; sheets?: unknown } | null)?.sheets;
  if (
    (data as { version?: unknown }).version !== VERSION ||
    typeof sheets !== "object" ||
    sheets === null
  )
    return record;
  for (const [sheetId, fills] of Object.entries(sheets as Record<string, unknown>)) {
    if (typeof fills !== "object" || fills === null) continue;
    const cells = new Map<string, string>();
    for (const [key, joined] of Object.entries(fills as Record<string, unknown>)) {
      if (typeof joined !== "string") continue;
      for (const cell of joined.split(",")) if (cell !== "") cells.set(cell, key);
    }
    record.set(sheetId, cells);
  }
  return record;
}

export function serializeHighlightRecord(record: HighlightRecord): string {
  const sheets: Record<string, Record<string, string>> = {};
  for (const [sheetId, cells] of record) {
    const fills: Record<string, string[]> = {};
    for (const [cell, key] of cells) (fills[key] ??= []).push(cell);
    sheets[sheetId] = Object.fromEntries(
      Object.entries(fills).map(([k, list]) => [k, list.join(",")])
    );
  }
  return JSON.stringify({ version: VERSION, sheets });
}

/** Cells grouped by the fill to put back. */
export function cellsByFill(cells: Map<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [cell, key] of cells) {
    const list = out.get(key);
    if (list) list.push(cell);
    else out.set(key, [cell]);
  }
  return out;
}
