/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME = 31;

/** Excel refuses these names for a user's sheet (History is kept for change tracking). */
const RESERVED = new Set(["history"]);

/** A planned name made legal: no : \ / ? * [ ], no quote at either end, 1-31 characters. */
export function legalSheetName(planned: string): string {
  const cleaned = planned
    .replace(/[:\\/?*[\]]/g, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  return [...(cleaned || "Sheet")].slice(0, MAX_SHEET_NAME).join("");
}

/**
 * A legal name no other sheet has (Excel compares names ignoring case): the planned name, else
 * "name (2)", "name (3)", ... shortened so the suffix fits in 31 characters.
 */
export function uniqueSheetName(planned: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  const base = legalSheetName(planned);
  const free = (name: string) => !used.has(name.toLowerCase()) && !RESERVED.has(name.toLowerCase());
  if (free(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name =
      [...base]
        .slice(0, MAX_SHEET_NAME - suffix.length)
        .join("")
        .trimEnd() + suffix;
    if (free(name)) return name;
  }
}
