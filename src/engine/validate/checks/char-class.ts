/*
 * What companyNameKey needs to know of a character: whether it is a gap (white space, punctuation or
 * a symbol: /[\s\p{P}\p{S}]/u) or a letter or number (/[\p{L}\p{N}]/u). The answers are the regular
 * expressions' own, remembered per BMP character: asking a regular expression once per character of
 * a million names cost more than the rest of the work.
 */
const GAP = /^[\s\p{P}\p{S}]$/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

const UNKNOWN = 0;
const GAP_CLASS = 1;
const WORD_CLASS = 2;
const OTHER_CLASS = 3;
const bmp = new Uint8Array(0x10000);

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return GAP.test(ch) ? GAP_CLASS : LETTER_OR_NUMBER.test(ch) ? WORD_CLASS : OTHER_CLASS;
}

function classOf(cp: number): number {
  if (cp > 0xffff) return classify(cp);
  let c = bmp[cp];
  if (c === UNKNOWN) {
    c = classify(cp);
    bmp[cp] = c;
  }
  return c;
}

/** True for white space, punctuation and symbols (a lone surrogate is none of them). */
export function isGapCode(cp: number): boolean {
  return classOf(cp) === GAP_CLASS;
}

/** True for letters and numbers. */
export function isLetterOrNumberCode(cp: number): boolean {
  return classOf(cp) === WORD_CLASS;
}

/** The index where the code point ending just before `end` starts (a surrogate pair is one). */
export function codePointStart(s: string, end: number): number {
  if (end >= 2) {
    const low = s.charCodeAt(end - 1);
    const high = s.charCodeAt(end - 2);
    if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff) return end - 2;
  }
  return end - 1;
}

/** The end of s[0..end) once the gaps at its end are dropped. */
export function endBeforeGaps(s: string, end: number): number {
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    // A code unit that is no surrogate is a whole code point.
    if (c < 0xd800 || c > 0xdfff) {
      if (!isGapCode(c)) break;
      end--;
      continue;
    }
    const start = codePointStart(s, end);
    if (!isGapCode(s.codePointAt(start) as number)) break;
    end = start;
  }
  return end;
}

/** s without any gap. */
export function withoutGaps(s: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i) as number;
    const next = i + (cp > 0xffff ? 2 : 1);
    if (isGapCode(cp)) {
      out += s.slice(from, i);
      from = next;
    }
    i = next;
  }
  return from === 0 ? s : out + s.slice(from);
}
