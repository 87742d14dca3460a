import { cellAt } from "../../table/field-column";
import type { Check } from "../context";
import { presentFields } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { fieldNumbers, fieldValues, recordColumns } from "../record-columns";
import { showValue } from "../show-value";
import {
  brokenConstraint,
  hasValueConstraint,
  onlyNumberLimits,
  type BrokenConstraint,
} from "./broken-constraint";

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
    const report = (i: number, broken: BrokenConstraint): void => {
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
    };
    if (onlyNumberLimits(constraints)) {
      // Minimum and maximum apply to numbers only: a field with no other constraint is checked from
      // its numbers, compared with the limits here first, so that the numbers within them (nearly
      // all) are not boxed to be handed to brokenConstraint. NaN is within every limit.
      const numbers = fieldNumbers(columns, p.field.name);
      const min = constraints.minimum ?? -Infinity;
      const max = constraints.maximum ?? Infinity;
      for (let i = 0; i < numbers.length; i++) {
        const value = numbers[i];
        if (!(value < min || value > max)) continue;
        const broken = brokenConstraint(value, constraints);
        if (broken !== null) report(i, broken);
      }
      continue;
    }
    const values = fieldValues(columns, p.field.name);
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (value === null) continue;
      const broken = brokenConstraint(value, constraints);
      if (broken !== null) report(i, broken);
    }
  }
  return out;
};
