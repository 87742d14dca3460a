/** Excel's last column, XFD, is index 16383. */
export const LAST_COLUMN_INDEX = 16_383;

/**
 * The column letters of a 0-based index: 0 -> "A", 25 -> "Z", 26 -> "AA", 16383 -> "XFD".
 * Gives "" for a negative or fractional index.
 */
export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0) return "";
  let letters = "";
  // Bijective base 26: there is no zero digit, so take one off before each division.
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The 0-based index of column letters, any case: "A" -> 0, "xfd" -> 16383; null when not letters. */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,7}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
