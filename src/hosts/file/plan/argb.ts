/**
 * A plan colour ("#C6EFCE", "c6efce", "FFC6EFCE") as ExcelJS's ARGB ("FFC6EFCE"); null when it
 * is not a hex colour.
 */
export function argb(color: string): string | null {
  const hex = color.trim().replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{6}$/.test(hex)) return `FF${hex}`;
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  if (/^[0-9A-F]{3}$/.test(hex)) return `FF${[...hex].map((h) => h + h).join("")}`;
  return null;
}
