/** CJK ideographs, kana, hangul and full-width forms: each takes two character widths in Excel. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

const MAYBE_WIDE = /[\u1100-\uffff]/;

/** How many Excel character widths `text` takes: wide (CJK) characters count double. */
export function textWidth(text: string): number {
  // Below U+1100 nothing is wide and nothing is half a surrogate pair: one width per character.
  if (!MAYBE_WIDE.test(text)) return text.length;
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}
