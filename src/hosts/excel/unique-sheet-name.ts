const INVALID = /[[\]:*?/\\]/g;
const MAX_LENGTH = 31;

/**
 * A sheet name Excel accepts that no sheet in `taken` has (Excel compares names ignoring case):
 * `wanted` itself, else "wanted (2)", "wanted (3)"... cut to 31 characters.
 */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const base =
    wanted
      .replace(INVALID, "_")
      .replace(/^'+|'+$/g, "")
      .slice(0, MAX_LENGTH) || "TierSheet";
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, MAX_LENGTH - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}
