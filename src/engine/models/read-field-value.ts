import type { ReadCell } from "../table/table";

/**
 * A read cell as a Customer field holds it: text trimmed (empty text is null), numbers and Days as
 * finite numbers. Empty, unreadable and Excel-error cells are null (domain.md §8: an unreadable cell
 * counts as empty); so is a value of the wrong kind.
 */
export function readFieldValue(
  cell: ReadCell | undefined,
  kind: "text" | "number" | "day"
): string | number | null {
  if (!cell || (cell.status !== "ok" && cell.status !== "fixed") || cell.value === null)
    return null;
  const v = cell.value;
  if (kind === "text") {
    // Ids read from numeric cells keep their digits: 123 stays "123", never "123.0".
    const text =
      typeof v === "string"
        ? v.trim()
        : typeof v === "number" && Number.isFinite(v)
          ? String(v)
          : "";
    return text === "" ? null : text;
  }
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}
