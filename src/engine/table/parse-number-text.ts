import type { GenerousReading } from "./table";

/** A number read from text: `reading` is null when the text is a plain decimal as it stands. */
export type ParsedNumber = { value: number; reading: GenerousReading | null } | null;

// What String(n) and people print for a plain number: "1234", "-5.5", ".5", "+3", "1e-7".
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const DIGITS = /^(?:\d+\.?\d*|\.\d+)$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const CURRENCY_PREFIX = /^(?:¥|\$|rmb|cny|人民币)/i;
const CURRENCY_SUFFIX = /(?:元|rmb|cny)$/i;

// Which reading names a fix when several apply ("¥1.2万"): the one that changes the value most. Readings
// found are kept as bits of a number so that the million plain cells of a CSV allocate nothing for them.
const PRIORITY: readonly GenerousReading[] = [
  "wan",
  "percent",
  "text-number",
  "currency-symbol",
  "thousands-separator",
  "full-width",
  "spaces",
];
const WAN = 1;
const PERCENT = 2;
const ACCOUNTING = 4;
const CURRENCY = 8;
const THOUSANDS = 16;
const FULL_WIDTH = 32;
const SPACES = 64;

function finite(value: number): number | null {
  // -0 reads as 0: nobody means a negative zero.
  return Number.isFinite(value) ? value + 0 : null;
}

/**
 * Reads a number from typed text (domain.md §3, §8). Plain decimals ("1234", "-5.5", "1e-7") have no
 * reading. Generous readings: stray spaces, full-width digits, thousands separators ("1,234.50"),
 * a currency sign or unit before or after (¥ ￥ $ RMB CNY 人民币, 元), 万 as x10,000 ("1.2万", "12万元"),
 * a percent ("12%" = 0.12) and accounting negatives ("(1,234)", reading "text-number").
 * Returns null when the text is not a number.
 */
export function parseNumberText(text: string): ParsedNumber {
  // Most cells of a CSV are plain ASCII decimals: NFKC and trimming cannot change those, so they skip both.
  if (PLAIN.test(text)) {
    const value = finite(Number(text));
    return value === null ? null : { value, reading: null };
  }
  let found = 0;
  let s = text.normalize("NFKC");
  if (s !== text) found |= FULL_WIDTH;
  const trimmed = s.trim();
  if (trimmed !== s) found |= SPACES;
  s = trimmed;
  if (PLAIN.test(s)) {
    const value = finite(Number(s));
    return value === null ? null : { value, reading: pick(found) };
  }
  if (/\s/.test(s)) {
    s = s.replace(/\s+/g, "");
    found |= SPACES;
  }
  let negative = false;
  if (s.length > 2 && s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    s = s.slice(1, -1);
    found |= ACCOUNTING;
  }
  let sign = "";
  const takeSign = (): void => {
    if (sign === "" && (s.startsWith("-") || s.startsWith("+"))) {
      sign = s[0];
      s = s.slice(1);
    }
  };
  takeSign();
  const prefix = CURRENCY_PREFIX.exec(s);
  if (prefix) {
    s = s.slice(prefix[0].length);
    found |= CURRENCY;
    takeSign();
  }
  const suffix = CURRENCY_SUFFIX.exec(s);
  if (suffix) {
    s = s.slice(0, s.length - suffix[0].length);
    found |= CURRENCY;
  }
  let exponent = 0;
  if (s.endsWith("万")) {
    s = s.slice(0, -1);
    exponent += 4;
    found |= WAN;
  } else if (s.endsWith("%")) {
    s = s.slice(0, -1);
    exponent -= 2;
    found |= PERCENT;
  }
  if (negative && sign !== "") return null;
  if (GROUPED.test(s)) {
    s = s.replace(/,/g, "");
    found |= THOUSANDS;
  } else if (!DIGITS.test(s)) {
    return null;
  }
  // Scaling by a decimal exponent in the text keeps 12% exactly 0.12 (no 0.12000000000000001).
  const value = finite(Number(`${negative ? "-" : sign}${s}e${exponent}`));
  return value === null ? null : { value, reading: pick(found) };
}

function pick(found: number): GenerousReading | null {
  for (let i = 0; i < PRIORITY.length; i++) if (found & (1 << i)) return PRIORITY[i];
  return null;
}
