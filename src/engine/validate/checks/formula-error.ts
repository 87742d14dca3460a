import { cellAt } from "../../table/field-column";
import { cellText } from "../../table/cell-text";
import type { Check } from "../context";
import { presentFields } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { ERROR, recordColumns } from "../record-columns";
import { recordsWithStatus } from "../records-with-status";

/** formula-error: a field's cell holds an Excel error (#N/A, #DIV/0!, ...); params.value is its text. */
export const formulaError: Check = (table, template) => {
  const out: Finding[] = [];
  const columns = recordColumns(table);
  for (const p of presentFields(table, template)) {
    for (const i of recordsWithStatus(table, p.field.name, ERROR)) {
      out.push(
        makeFinding(
          "formula-error",
          { row: columns.rows[i], column: p.letter, field: p.field.name },
          { value: cellText(cellAt(table, p.field.name, i).raw) }
        )
      );
    }
  }
  return out;
};
