import { cellText } from "../../table/cell-text";
import type { Check } from "../context";
import { cellOf, dataRecords, presentFields } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";

/** formula-error: a field's cell holds an Excel error (#N/A, #DIV/0!, ...); params.value is its text. */
export const formulaError: Check = (table, template) => {
  const out: Finding[] = [];
  const fields = presentFields(table, template);
  for (const record of dataRecords(table)) {
    for (const p of fields) {
      const cell = cellOf(record, p.field.name);
      if (cell.status === "error") {
        out.push(
          makeFinding(
            "formula-error",
            { row: record.row, column: p.letter, field: p.field.name },
            { value: cellText(cell.raw) }
          )
        );
      }
    }
  }
  return out;
};
