import { cellAt } from "../../table/field-column";
import { cellText } from "../../table/cell-text";
import type { Check } from "../context";
import { presentFields } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { INVALID, recordColumns } from "../record-columns";
import { recordsWithStatus } from "../records-with-status";

/**
 * type-error: a cell that cannot be read as its field's type. An invalid phone or email is one too
 * (domain.md §8); params.problem carries the reader's reason ("bad-phone", "not-a-date", ...).
 */
export const typeError: Check = (table, template) => {
  const out: Finding[] = [];
  const columns = recordColumns(table);
  for (const p of presentFields(table, template)) {
    for (const i of recordsWithStatus(table, p.field.name, INVALID)) {
      const cell = cellAt(table, p.field.name, i);
      out.push(
        makeFinding(
          "type-error",
          { row: columns.rows[i], column: p.letter, field: p.field.name },
          {
            value: cellText(cell.raw),
            type: p.field.type,
            format: p.field.format ?? null,
            problem: cell.problem ?? null,
          }
        )
      );
    }
  }
  return out;
};
