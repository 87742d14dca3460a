// 10^0 .. 10^22 are exact doubles.
const POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);
const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;

/**
 * The number bytes[start, end) spell when they are a plain ASCII decimal ("1234", "-5.5", ".5", "+3",
 * "7.") of at most 15 digits, else NaN (the text is then read by parseNumberText). With 15 digits the
 * digits are an exact integer m and the value m / 10^k one correctly rounded division: the double
 * Number() gives for the same text, without making the text. -0 reads as 0, as parseNumberText reads it.
 */
export function plainDecimalBytes(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  const first = bytes[i];
  const negative = first === MINUS;
  if (negative || first === PLUS) i++;
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < end; i++) {
    const b = bytes[i];
    const d = b - 0x30;
    if (d >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      digits++;
    } else if (b === DOT && fraction < 0) {
      fraction = digits;
    } else {
      return NaN;
    }
  }
  if (digits === 0 || digits > 15) return NaN;
  const value = fraction < 0 ? mantissa : mantissa / POWERS[digits - fraction];
  return (negative ? -value : value) + 0;
}
