/** The largest seed the sample generator takes as given (a 32-bit unsigned integer). */
export const MAX_SEED = 0xffffffff;

/** A class workbook's seed from what the trainer typed: a whole number 0-4294967295, else null. */
export function parseSeed(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,10}$/.test(trimmed)) return null;
  const seed = Number(trimmed);
  return seed <= MAX_SEED ? seed : null;
}
