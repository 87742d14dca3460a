import { isoFromDay } from "../../day";
import { DEFAULT_STALE_DAYS, type Check } from "../context";
import { cellOf, dataRecords, presentFields } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";

const FIELD = "last_updated";

/**
 * stale-record (warning): as-of minus last_updated is above the staleness limit (365 days unless the
 * context says otherwise); exactly the limit is not stale. On the last_updated cell.
 */
export const staleRecord: Check = (table, template, context) => {
  const out: Finding[] = [];
  const p = presentFields(table, template).find(
    (f) => f.field.name === FIELD && f.field.type === "date"
  );
  if (p === undefined) return out;
  const limit = context.staleDays ?? DEFAULT_STALE_DAYS;
  for (const record of dataRecords(table)) {
    const cell = cellOf(record, FIELD);
    if ((cell.status !== "ok" && cell.status !== "fixed") || typeof cell.value !== "number")
      continue;
    const days = context.asOf - cell.value;
    if (days > limit) {
      out.push(
        makeFinding(
          "stale-record",
          { row: record.row, column: p.letter, field: FIELD },
          { value: isoFromDay(cell.value), days, limit }
        )
      );
    }
  }
  return out;
};
