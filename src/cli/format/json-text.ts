// Quote, backslash, control characters and surrogates: the characters JSON.stringify may escape
// (a lone surrogate is escaped, a pair is not; JSON.stringify tells them apart, so any surrogate defers to it).
// eslint-disable-next-line no-control-regex
const MAY_NEED_ESCAPING = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * A string as JSON text, exactly as JSON.stringify writes it. Most strings need no escaping and are
 * quoted directly, which saves JSON.stringify's work on the millions of names and ids in `score --json`.
 */
export function jsonString(text: string | null): string {
  if (text === null) return "null";
  return MAY_NEED_ESCAPING.test(text) ? JSON.stringify(text) : '"' + text + '"';
}

/** A number as JSON text, exactly as JSON.stringify writes it: NaN and infinities are null, -0 is 0. */
export function jsonNumber(value: number | null): string {
  return value === null || !Number.isFinite(value) ? "null" : String(value);
}
