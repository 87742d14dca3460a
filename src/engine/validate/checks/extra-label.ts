import type { Check } from "../context";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { repeatedColumn } from "./duplicate-label";

/** extra-label (info): a labelled column the template does not know; it is kept untouched. */
export const extraLabel: Check = (table) => {
  const out: Finding[] = [];
  if (table.headerRow === null) return out;
  for (const c of table.columns) {
    // A repeat of an unknown label is already a duplicate-label.
    if (
      c.field === null &&
      c.label.trim() !== "" &&
      repeatedColumn(table.columns, c) === undefined
    ) {
      out.push(
        makeFinding(
          "extra-label",
          { row: table.headerRow, column: c.letter, field: null },
          { label: c.label }
        )
      );
    }
  }
  return out;
};
