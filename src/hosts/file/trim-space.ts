/** The code points above ASCII that String.prototype.trim drops (Unicode Zs, U+FEFF, U+2028/2029). */
const WIDE_SPACES = new Set([
  0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
  0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);

/** True for a code point that String.prototype.trim drops: a cell of nothing else is empty. */
export function isTrimSpace(codePoint: number): boolean {
  if (codePoint < 0x80) return codePoint === 0x20 || (codePoint >= 0x09 && codePoint <= 0x0d);
  return WIDE_SPACES.has(codePoint);
}
