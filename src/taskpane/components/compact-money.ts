import type { Lang } from "../../i18n/lang";

/**
 * A sum of money as a manager reads it at a glance: "-1.27M" in English, "-127.0万" in Chinese
 * (万 and 亿 are how Chinese readers group large numbers).
 */
export function compactMoney(value: number, lang: Lang): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? "-" : "";
  if (lang === "zh-CN") {
    if (abs >= 1e8) return `${sign}${(abs / 1e8).toFixed(2)}亿`;
    if (abs >= 1e4) return `${sign}${(abs / 1e4).toFixed(1)}万`;
    return `${sign}${abs.toFixed(2)}`;
  }
  if (abs >= 1e9) return `${sign}${(abs / 1e9).toFixed(2)}B`;
  if (abs >= 1e6) return `${sign}${(abs / 1e6).toFixed(2)}M`;
  if (abs >= 1e3) return `${sign}${(abs / 1e3).toFixed(1)}K`;
  return `${sign}${abs.toFixed(2)}`;
}
