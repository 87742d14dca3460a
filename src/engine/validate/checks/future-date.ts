import { isoFromDay } from "../../day";
import type { Check } from "../context";
import { cellOf, dataRecords, presentFields } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";

/** future-date: a date of a field marked `past` that is after the as-of date (the as-of day itself is fine). */
export const futureDate: Check = (table, template, context) => {
  const out: Finding[] = [];
  const fields = presentFields(table, template).filter(
    (p) => p.field.past && p.field.type === "date"
  );
  for (const record of dataRecords(table)) {
    for (const p of fields) {
      const cell = cellOf(record, p.field.name);
      if ((cell.status !== "ok" && cell.status !== "fixed") || typeof cell.value !== "number")
        continue;
      if (cell.value > context.asOf) {
        out.push(
          makeFinding(
            "future-date",
            { row: record.row, column: p.letter, field: p.field.name },
            { value: isoFromDay(cell.value), asOf: isoFromDay(context.asOf) }
          )
        );
      }
    }
  }
  return out;
};
