/**
 * Whether an Excel number format shows a date or time: it has y, m, d, h or s outside quoted text,
 * escapes and [brackets] ([Red], [$-804]; elapsed [h] counts as time). "General" and "@" are not.
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string") return false;
  if (/\[(h+|m+|s+)\]/i.test(format)) return true;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/general/gi, "");
  // A format can have sections (positive;negative;zero;text): the first decides how numbers show.
  const first = bare.split(";")[0];
  return /[ydmhs]/i.test(first) && !/^[#0.,%\sE+-]*$/.test(first);
}
