import { cellAt } from "../../table/field-column";
import type { Check } from "../context";
import { presentFields } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { fieldNumbers, fieldValues, recordColumns } from "../record-columns";
import { showValue } from "../show-value";
import { brokenConstraint, hasValueConstraint, onlyNumberLimits } from "./broken-constraint";

/**
 * constraint-error: a readable value breaking minimum, maximum, pattern, enum, minLength or maxLength;
 * params name the constraint and its limit. Required and unique have their own findings.
 */
export const constraintError: Check = (table, template) => {
  const out: Finding[] = [];
  const columns = recordColumns(table);
  for (const p of presentFields(table, template)) {
    const constraints = p.field.constraints;
    if (constraints === undefined || !hasValueConstraint(constraints)) continue;
    // Minimum and maximum apply to numbers only: a field with no other constraint is checked from
    // its numbers (NaN breaks no limit), without reading each cell's value again.
    const values = onlyNumberLimits(constraints)
      ? fieldNumbers(columns, p.field.name)
      : fieldValues(columns, p.field.name);
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (value === null) continue;
      const broken = brokenConstraint(value, constraints);
      if (broken === null) continue;
      out.push(
        makeFinding(
          "constraint-error",
          { row: columns.rows[i], column: p.letter, field: p.field.name },
          {
            constraint: broken.constraint,
            limit: broken.limit,
            value: showValue(p.field, cellAt(table, p.field.name, i)),
          }
        )
      );
    }
  }
  return out;
};
