import type { TableColumn } from "../../table/table";
import { normalizeLabel } from "../../table/normalize-label";
import type { Check } from "../context";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";

/**
 * The earlier column a column repeats: the same template field, or, for labels that match no field,
 * the same label once normalised. Undefined when it repeats nothing.
 */
export function repeatedColumn(
  columns: TableColumn[],
  column: TableColumn
): TableColumn | undefined {
  if (column.field !== null) {
    let sameField: TableColumn | undefined;
    for (const c of columns) {
      if (c.index >= column.index) continue;
      if (c.index === column.duplicateOf) return c;
      if (sameField === undefined && c.field === column.field) sameField = c;
    }
    return sameField;
  }
  const key = normalizeLabel(column.label);
  if (key === "") return undefined;
  const first = firstUnknownByLabel(columns).get(key);
  return first !== undefined && first.index < column.index ? first : undefined;
}

/**
 * Per columns array, the first column of each normalised unknown label. Built once: comparing each
 * column with every earlier one took minutes at Excel's 16,384 columns (test/reliability/huge-inputs).
 */
const unknownLabelIndex = new WeakMap<TableColumn[], Map<string, TableColumn>>();

function firstUnknownByLabel(columns: TableColumn[]): Map<string, TableColumn> {
  let index = unknownLabelIndex.get(columns);
  if (index === undefined) {
    index = new Map();
    for (const c of columns) {
      if (c.field !== null) continue;
      const key = normalizeLabel(c.label);
      const seen = index.get(key);
      if (key !== "" && (seen === undefined || c.index < seen.index)) index.set(key, c);
    }
    unknownLabelIndex.set(columns, index);
  }
  return index;
}

/** duplicate-label: a column whose field (or unknown label) an earlier column already has. */
export const duplicateLabel: Check = (table) => {
  const out: Finding[] = [];
  if (table.headerRow === null) return out;
  for (const c of table.columns) {
    const first = repeatedColumn(table.columns, c);
    if (first !== undefined) {
      out.push(
        makeFinding(
          "duplicate-label",
          { row: table.headerRow, column: c.letter, field: c.field },
          { label: c.label, firstColumn: first.letter }
        )
      );
    }
  }
  return out;
};
