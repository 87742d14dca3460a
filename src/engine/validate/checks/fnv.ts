/*
 * FNV-1a, 32 bits: cheap, allocation-free, and spread well enough for grouping values. Each function
 * folds something into a running hash h; start from FNV_OFFSET.
 */
export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const bits = new Float64Array(1);
const words = new Int32Array(bits.buffer);

/** Folds a 32-bit integer into h. */
export function mix(h: number, n: number): number {
  return Math.imul(h ^ n, FNV_PRIME);
}

/** Folds a text (its UTF-16 code units, then an end mark) into h. */
export function mixText(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = mix(h, text.charCodeAt(i));
  return mix(h, 0xffff);
}

/** Folds a number into h; numbers that print alike hash alike: 0 and -0, and every NaN. */
export function mixNumber(h: number, n: number): number {
  bits[0] = n === 0 ? 0 : Number.isNaN(n) ? NaN : n;
  return mix(mix(h, words[0]), words[1]);
}
