import { isoFromDay } from "../../day";
import { DEFAULT_STALE_DAYS, type Check } from "../context";
import { presentFields } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { fieldNumbers, recordColumns } from "../record-columns";

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
  const columns = recordColumns(table);
  // Readable dates are Days in `numbers`; NaN (no date) is never stale.
  const updated = fieldNumbers(columns, FIELD);
  for (let i = 0; i < updated.length; i++) {
    const days = context.asOf - updated[i];
    if (!(days > limit)) continue;
    out.push(
      makeFinding(
        "stale-record",
        { row: columns.rows[i], column: p.letter, field: FIELD },
        { value: isoFromDay(updated[i]), days, limit }
      )
    );
  }
  return out;
};
