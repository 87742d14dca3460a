/**
 * Compares two ids by Unicode code points (domain.md §8: ties break by the id's code points).
 * JavaScript's `<` compares UTF-16 code units, which puts "\u{1F600}" (a surrogate pair) before
 * "\uFF01"; code points put it after.
 */
export function compareIds(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    // A surrogate stands for a code point above U+FFFF, so it beats any other BMP unit.
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
