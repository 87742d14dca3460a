import type { Check } from "../context";
import { makeFinding } from "../make-finding";

/** header-not-found: the reader found no header row; every other check then has nothing to say. */
export const headerNotFound: Check = (table) =>
  table.headerRow === null
    ? [
        makeFinding(
          "header-not-found",
          { row: null, column: null, field: null },
          { sheet: table.sheet }
        ),
      ]
    : [];
