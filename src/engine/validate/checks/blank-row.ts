import type { Check } from "../context";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { recordColumns } from "../record-columns";

/**
 * blank-row (info): empty rows inside the table; blank rows after the last data row are not
 * findings. A run of consecutive empty rows is one finding at its first row, with `lastRow` and
 * `count`: one stray value in the sheet's last row would otherwise give a million findings, and a
 * Check sheet past Excel's last row.
 */
export const blankRow: Check = (table) => {
  const out: Finding[] = [];
  const { rows, blankRows } = recordColumns(table);
  // A loop, not Math.max(...rows): a million arguments overflow the call stack.
  let lastData = -Infinity;
  for (let i = 0; i < rows.length; i++) if (rows[i] > lastData) lastData = rows[i];
  let i = 0;
  while (i < blankRows.length && blankRows[i] < lastData) {
    let j = i;
    while (
      j + 1 < blankRows.length &&
      blankRows[j + 1] === blankRows[j] + 1 &&
      blankRows[j + 1] < lastData
    )
      j++;
    const place = { row: blankRows[i], column: null, field: null };
    out.push(
      j === i
        ? makeFinding("blank-row", place)
        : makeFinding("blank-row", place, { lastRow: blankRows[j], count: j - i + 1 })
    );
    i = j + 1;
  }
  return out;
};
