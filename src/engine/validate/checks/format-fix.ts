import { cellAt } from "../../table/field-column";
import { cellText } from "../../table/cell-text";
import type { Check } from "../context";
import { presentFields } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { FIXED, recordColumns } from "../record-columns";
import { recordsWithStatus } from "../records-with-status";

/**
 * format-fix (info): a value read generously ("1,234.50", "2024年3月5日"); the fix is the proper form
 * the reader proposes, applied only if the user accepts it. params: the text as typed, the reading.
 */
export const formatFix: Check = (table, template) => {
  const out: Finding[] = [];
  const columns = recordColumns(table);
  for (const p of presentFields(table, template)) {
    for (const i of recordsWithStatus(table, p.field.name, FIXED)) {
      const cell = cellAt(table, p.field.name, i);
      if (cell.fix === undefined) continue;
      out.push(
        makeFinding(
          "format-fix",
          { row: columns.rows[i], column: p.letter, field: p.field.name },
          { value: cellText(cell.raw), reading: cell.fix.reading, fixed: String(cell.fix.value) },
          cell.fix.value
        )
      );
    }
  }
  return out;
};
