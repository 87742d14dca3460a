const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}\d{7,8}$/;
// After +86 the landline's leading 0 is gone: a 2-3 digit area code that starts 1-9, then 7-8 digits.
const LANDLINE_AFTER_86 = /^[1-9]\d{1,2}\d{7,8}$/;
const INTERNATIONAL = /^\+\d{7,15}$/;
const PUNCTUATION = /[\s\-()[\]【】]/g;

/**
 * The canonical digits of a phone number (domain.md §8), or null when it is not one. Spaces, "-" and
 * brackets are dropped and full-width forms read as ASCII. A mainland number (mobile 1[3-9] + 9 digits,
 * or landline 0 + 2-3 digit area code + 7-8 digits), with or without +86/0086, gives its national digits
 * ("13800138000", "01012345678"); any other "+" number with 7-15 digits gives "+" and its digits.
 * Two spellings of one phone give the same result, which is what duplicate checks compare.
 */
export function parsePhone(text: string): string | null {
  const s = text.normalize("NFKC").replace(PUNCTUATION, "");
  let national: string | null = null;
  if (s.startsWith("+86")) national = s.slice(3);
  else if (s.startsWith("0086")) national = s.slice(4);
  if (national !== null) {
    if (MOBILE.test(national)) return national;
    return LANDLINE_AFTER_86.test(national) ? `0${national}` : null;
  }
  if (MOBILE.test(s) || LANDLINE.test(s)) return s;
  return INTERNATIONAL.test(s) ? s : null;
}
