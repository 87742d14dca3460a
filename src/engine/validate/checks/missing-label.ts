import type { Check } from "../context";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { NEEDED_FIELD_SEVERITY } from "../severity";

/**
 * missing-label: a template field with no column, on the header row without a column. An error for a
 * required field, a warning for an optional one listed in context.neededFields, nothing otherwise.
 */
export const missingLabel: Check = (table, template, context) => {
  const out: Finding[] = [];
  if (table.headerRow === null) return out;
  const needed = new Set(context.neededFields ?? []);
  for (const field of template.fields) {
    if (table.fieldColumns[field.name] !== undefined) continue;
    const place = { row: table.headerRow, column: null, field: field.name };
    if (field.constraints?.required)
      out.push(makeFinding("missing-label", place, { required: true }));
    else if (needed.has(field.name))
      out.push(
        makeFinding("missing-label", place, { required: false }, null, NEEDED_FIELD_SEVERITY)
      );
  }
  return out;
};
