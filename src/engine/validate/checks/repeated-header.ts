import type { Check } from "../context";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";

/**
 * repeated-header (warning): a data row that repeats the header, as when two exports are stacked or
 * the header is pasted again below the data. It was scored as a customer ("客户编号" a Prospect);
 * read-records keeps it out of the records, and this says where it was.
 */
export const repeatedHeader: Check = (table) => {
  const out: Finding[] = [];
  for (const row of table.repeatedHeaderRows) {
    out.push(
      makeFinding(
        "repeated-header",
        { row, column: null, field: null },
        { headerRow: table.headerRow }
      )
    );
  }
  return out;
};
