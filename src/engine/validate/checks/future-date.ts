import { isoFromDay } from "../../day";
import type { Check } from "../context";
import { presentFields } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { fieldNumbers, recordColumns } from "../record-columns";

/** future-date: a date of a field marked `past` that is after the as-of date (the as-of day itself is fine). */
export const futureDate: Check = (table, template, context) => {
  const out: Finding[] = [];
  const columns = recordColumns(table);
  const fields = presentFields(table, template).filter(
    (p) => p.field.past && p.field.type === "date"
  );
  for (const p of fields) {
    // Readable dates are Days in `numbers`; NaN (no date) is never after the as-of date.
    const days = fieldNumbers(columns, p.field.name);
    for (let i = 0; i < days.length; i++) {
      if (!(days[i] > context.asOf)) continue;
      out.push(
        makeFinding(
          "future-date",
          { row: columns.rows[i], column: p.letter, field: p.field.name },
          { value: isoFromDay(days[i]), asOf: isoFromDay(context.asOf) }
        )
      );
    }
  }
  return out;
};
