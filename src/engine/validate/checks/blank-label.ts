import type { Check } from "../context";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";

/** blank-label: an empty header cell left of the last label (on the header row, in that column). */
export const blankLabel: Check = (table) => {
  const out: Finding[] = [];
  if (table.headerRow === null) return out;
  const last = Math.max(
    -1,
    ...table.columns.filter((c) => c.label.trim() !== "").map((c) => c.index)
  );
  for (const c of table.columns) {
    if (c.label.trim() === "" && c.index < last) {
      out.push(makeFinding("blank-label", { row: table.headerRow, column: c.letter, field: null }));
    }
  }
  return out;
};
