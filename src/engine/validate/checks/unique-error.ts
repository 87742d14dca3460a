import { cellAt } from "../../table/field-column";
import type { Check } from "../context";
import { presentFields } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { recordColumns } from "../record-columns";
import { showValue } from "../show-value";
import { valueGroups } from "../value-groups";

/**
 * unique-error: a unique field's value that an earlier row already has, on the later row with
 * params.firstRow. Values compare as read (case and kept spaces count); empty and unreadable cells
 * are not compared.
 */
export const uniqueError: Check = (table, template) => {
  const out: Finding[] = [];
  const columns = recordColumns(table);
  for (const p of presentFields(table, template).filter((f) => f.field.constraints?.unique)) {
    const first = valueGroups(columns, p.field.name);
    for (let i = 0; i < first.length; i++) {
      if (first[i] === -1 || first[i] === i) continue;
      out.push(
        makeFinding(
          "unique-error",
          { row: columns.rows[i], column: p.letter, field: p.field.name },
          {
            value: showValue(p.field, cellAt(table, p.field.name, i)),
            firstRow: columns.rows[first[i]],
          }
        )
      );
    }
  }
  return out;
};
