import type { ReadCell, Table } from "../table/table";
import type { Template, TemplateField } from "../template/types";
import { columnLetter } from "./column-letter";

/** A template field that has a column in the table. */
export interface PresentField {
  field: TemplateField;
  /** 0-based column index of the field's (first) column. */
  index: number;
  letter: string;
}

/** The letter of a 0-based column, as the table's header gives it. */
export function letterOf(table: Table, index: number): string {
  return table.columns.find((c) => c.index === index)?.letter ?? columnLetter(index);
}

/** The template's fields that have a column, in template order. */
export function presentFields(table: Table, template: Template): PresentField[] {
  const out: PresentField[] = [];
  for (const field of template.fields) {
    const index = table.fieldColumns[field.name];
    if (index !== undefined) out.push({ field, index, letter: letterOf(table, index) });
  }
  return out;
}

/** True when the cell holds a value read as its field's type (as it stands or generously). */
export function isReadable(cell: ReadCell): boolean {
  return (cell.status === "ok" || cell.status === "fixed") && cell.value !== null;
}
