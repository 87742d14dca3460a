import type { Check } from "../context";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { recordColumns } from "../record-columns";

/** blank-row (info): an empty row inside the table; blank rows after the last data row are not findings. */
export const blankRow: Check = (table) => {
  const out: Finding[] = [];
  const { rows, blankRows } = recordColumns(table);
  // A loop, not Math.max(...rows): a million arguments overflow the call stack.
  let lastData = -Infinity;
  for (let i = 0; i < rows.length; i++) if (rows[i] > lastData) lastData = rows[i];
  for (const row of blankRows) {
    if (row < lastData) out.push(makeFinding("blank-row", { row, column: null, field: null }));
  }
  return out;
};
