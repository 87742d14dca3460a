import type { Check } from "../context";
import { cellOf, dataRecords, isReadable, presentFields } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { showValue } from "../show-value";
import { brokenConstraint } from "./broken-constraint";

/**
 * constraint-error: a readable value breaking minimum, maximum, pattern, enum, minLength or maxLength;
 * params name the constraint and its limit. Required and unique have their own findings.
 */
export const constraintError: Check = (table, template) => {
  const out: Finding[] = [];
  const fields = presentFields(table, template).filter((p) => p.field.constraints !== undefined);
  for (const record of dataRecords(table)) {
    for (const p of fields) {
      const cell = cellOf(record, p.field.name);
      if (!isReadable(cell) || cell.value === null) continue;
      const broken = brokenConstraint(cell.value, p.field.constraints ?? {});
      if (broken === null) continue;
      out.push(
        makeFinding(
          "constraint-error",
          { row: record.row, column: p.letter, field: p.field.name },
          { constraint: broken.constraint, limit: broken.limit, value: showValue(p.field, cell) }
        )
      );
    }
  }
  return out;
};
