/**
 * Roughly how many bytes a 2-D array of cell values takes as JSON in UTF-8, without building the
 * JSON: the request-size budget needs an estimate per block, not an exact count.
 */
export function estimateJsonBytes(rows: readonly (readonly unknown[])[]): number {
  let bytes = 2;
  for (const row of rows) {
    bytes += 3;
    for (const v of row) bytes += cellBytes(v) + 1;
  }
  return bytes;
}

function cellBytes(v: unknown): number {
  if (v === null || v === undefined) return 4;
  if (typeof v === "number") return String(v).length;
  if (typeof v === "boolean") return v ? 4 : 5;
  if (typeof v !== "string") return JSON.stringify(v)?.length ?? 4;
  let n = 2;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    // Quotes, backslashes and control characters are escaped; CJK text is three bytes a character.
    n += c < 0x20 ? 6 : c === 0x22 || c === 0x5c ? 2 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
}
