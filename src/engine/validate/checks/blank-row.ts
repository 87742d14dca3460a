import type { Check } from "../context";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";

/** blank-row (info): an empty row inside the table; blank rows after the last data row are not findings. */
export const blankRow: Check = (table) => {
  const out: Finding[] = [];
  // A loop, not Math.max(...rows): a million arguments overflow the call stack.
  let lastData = -Infinity;
  for (const r of table.records) if (!r.blank && r.row > lastData) lastData = r.row;
  for (const r of table.records) {
    if (r.blank && r.row < lastData)
      out.push(makeFinding("blank-row", { row: r.row, column: null, field: null }));
  }
  return out;
};
