import type { Check } from "../context";
import { presentFields } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { EMPTY, fieldStatus, recordColumns } from "../record-columns";

/**
 * missing-cell: a required field left empty, and, in a ragged table (CSV), every header column beyond
 * the end of a shorter row, as Frictionless reports it (field null for a column without one). An Excel
 * error is not empty: it is a formula-error only.
 */
export const missingCell: Check = (table, template) => {
  const out: Finding[] = [];
  const columns = recordColumns(table);
  const required = presentFields(table, template)
    .filter((p) => p.field.constraints?.required)
    .map((p) => ({ p, status: fieldStatus(columns, p.field.name) }));
  const { rows, widths } = columns;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    for (const { p, status } of required) {
      if (status[i] !== EMPTY) continue;
      const reason = table.ragged && p.index >= widths[i] ? "short-row" : "required";
      out.push(
        makeFinding("missing-cell", { row, column: p.letter, field: p.field.name }, { reason })
      );
    }
    if (!table.ragged) continue;
    for (const c of table.columns) {
      // A required field's empty cell is reported above, once.
      if (
        c.index < widths[i] ||
        required.some((r) => r.p.index === c.index && r.status[i] === EMPTY)
      )
        continue;
      out.push(
        makeFinding(
          "missing-cell",
          { row, column: c.letter, field: c.field },
          { reason: "short-row" }
        )
      );
    }
  }
  return out;
};
