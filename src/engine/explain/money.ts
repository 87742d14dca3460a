import type { Lang } from "../../i18n/lang";

/** Units from the smallest up. */
const UNITS: Record<Lang, readonly (readonly [number, string])[]> = {
  "en-US": [
    [1e3, "K"],
    [1e6, "M"],
    [1e9, "B"],
  ],
  "zh-CN": [
    [1e4, "万"],
    [1e8, "亿"],
  ],
};

function grouped(abs: number, decimals: number): string {
  const [whole, frac] = abs.toFixed(decimals).split(".");
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? withCommas : `${withCommas}.${frac}`;
}

/**
 * Money the way each audience reads it: en-US "¥1.2M", "¥3.4K", "¥950", "¥12.50"; zh-CN "¥120.0万",
 * "¥1.5亿", "¥9,500". Amounts in a unit keep one decimal; a sign goes before the symbol ("-¥1.2M").
 * Written by hand rather than with Intl so that every machine prints the same text.
 */
export function formatMoney(value: number, lang: Lang, currency = "¥"): string {
  if (!Number.isFinite(value)) return String(value);
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  const units = UNITS[lang];
  const plain = Math.round(abs * 100) / 100;
  // The largest unit the amount reaches once rounded (999,960 reaches 1.0M, not 1000.0K).
  let u = -1;
  if (plain >= units[0][0]) u = 0;
  while (
    u >= 0 &&
    u + 1 < units.length &&
    Math.round((abs / units[u][0]) * 10) / 10 >= units[u + 1][0] / units[u][0]
  )
    u++;
  if (u < 0) return `${sign}${currency}${grouped(plain, Number.isInteger(plain) ? 0 : 2)}`;
  const [size, suffix] = units[u];
  return `${sign}${currency}${grouped(Math.round((abs / size) * 10) / 10, 1)}${suffix}`;
}
