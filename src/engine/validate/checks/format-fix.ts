import { cellText } from "../../table/cell-text";
import type { Check } from "../context";
import { cellOf, dataRecords, presentFields } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";

/**
 * format-fix (info): a value read generously ("1,234.50", "2024年3月5日"); the fix is the proper form
 * the reader proposes, applied only if the user accepts it. params: the text as typed, the reading.
 */
export const formatFix: Check = (table, template) => {
  const out: Finding[] = [];
  const fields = presentFields(table, template);
  for (const record of dataRecords(table)) {
    for (const p of fields) {
      const cell = cellOf(record, p.field.name);
      if (cell.status !== "fixed" || cell.fix === undefined) continue;
      out.push(
        makeFinding(
          "format-fix",
          { row: record.row, column: p.letter, field: p.field.name },
          { value: cellText(cell.raw), reading: cell.fix.reading, fixed: String(cell.fix.value) },
          cell.fix.value
        )
      );
    }
  }
  return out;
};
