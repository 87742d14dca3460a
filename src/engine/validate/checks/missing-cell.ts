import type { Check } from "../context";
import { cellOf, dataRecords, presentFields } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";

/**
 * missing-cell: a required field left empty, and, in a ragged table (CSV), every header column beyond
 * the end of a shorter row, as Frictionless reports it (field null for a column without one). An Excel
 * error is not empty: it is a formula-error only.
 */
export const missingCell: Check = (table, template) => {
  const out: Finding[] = [];
  const required = presentFields(table, template).filter((p) => p.field.constraints?.required);
  for (const record of dataRecords(table)) {
    const reported = new Set<number>();
    for (const p of required) {
      if (cellOf(record, p.field.name).status === "empty") {
        const reason = table.ragged && p.index >= record.raw.length ? "short-row" : "required";
        out.push(
          makeFinding(
            "missing-cell",
            { row: record.row, column: p.letter, field: p.field.name },
            { reason }
          )
        );
        reported.add(p.index);
      }
    }
    if (!table.ragged) continue;
    for (const c of table.columns) {
      if (c.index >= record.raw.length && !reported.has(c.index)) {
        out.push(
          makeFinding(
            "missing-cell",
            { row: record.row, column: c.letter, field: c.field },
            { reason: "short-row" }
          )
        );
      }
    }
  }
  return out;
};
