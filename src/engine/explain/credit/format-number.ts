/**
 * A number for a sentence: at most `decimals` decimals, trailing zeros dropped, thousands
 * grouped with commas ("1,234.5"). Written by hand rather than toLocaleString so that the text
 * does not depend on the machine's locale data.
 */
export function formatNumber(value: number, decimals: number): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction = ""] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const trimmed = fraction.replace(/0+$/, "");
  const text = trimmed ? `${grouped}.${trimmed}` : grouped;
  return value < 0 && Number(fixed) !== 0 ? `-${text}` : text;
}
