import type { Check } from "../context";
import { presentFields } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
// EMPTY from table.ts itself: record-columns re-exports it, which CommonJS turns into a getter.
import { EMPTY } from "../../table/table";
import { fieldStatus, recordColumns, type RecordColumns } from "../record-columns";

/**
 * The records, in order, with an EMPTY cell in a required field, or (headerWidth >= 0) a raw row that
 * ends before the header's last column.
 */
function recordsToReport(
  columns: RecordColumns,
  required: { status: Uint8Array }[],
  headerWidth: number
): Int32Array {
  const hits: number[] = [];
  for (const { status } of required)
    for (let i = 0; i < status.length; i++) if (status[i] === EMPTY) hits.push(i);
  if (headerWidth >= 0)
    for (let i = 0; i < columns.size; i++) if (columns.widths[i] < headerWidth) hits.push(i);
  const sorted = Int32Array.from(hits).sort();
  let kept = 0;
  for (let k = 0; k < sorted.length; k++)
    if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[kept++] = sorted[k];
  return sorted.subarray(0, kept);
}

/**
 * missing-cell: a required field left empty, and, in a ragged table (CSV), every header column beyond
 * the end of a shorter row, as Frictionless reports it (field null for a column without one). An Excel
 * error is not empty: it is a formula-error only.
 */
export const missingCell: Check = (table, template) => {
  const out: Finding[] = [];
  const columns = recordColumns(table);
  const required = presentFields(table, template)
    .filter((p) => p.field.constraints?.required)
    .map((p) => ({ p, status: fieldStatus(columns, p.field.name) }));
  const { rows, widths } = columns;
  // Only records with an empty required cell, or (ragged) a row shorter than the header, have
  // anything to report: found column by column, then each is reported as before, record by record.
  const headerWidth = table.ragged ? Math.max(0, ...table.columns.map((c) => c.index + 1)) : -1;
  const records = recordsToReport(columns, required, headerWidth);
  for (const i of records) {
    const row = rows[i];
    for (const { p, status } of required) {
      if (status[i] !== EMPTY) continue;
      const reason = table.ragged && p.index >= widths[i] ? "short-row" : "required";
      out.push(
        makeFinding("missing-cell", { row, column: p.letter, field: p.field.name }, { reason })
      );
    }
    if (!table.ragged) continue;
    for (const c of table.columns) {
      // A required field's empty cell is reported above, once.
      if (
        c.index < widths[i] ||
        required.some((r) => r.p.index === c.index && r.status[i] === EMPTY)
      )
        continue;
      out.push(
        makeFinding(
          "missing-cell",
          { row, column: c.letter, field: c.field },
          { reason: "short-row" }
        )
      );
    }
  }
  return out;
};
