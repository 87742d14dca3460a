import { isoFromDay } from "../../src/engine/day";
import type { Customer } from "../../src/engine/models/customer";
import { columnKind } from "../../src/engine/sql/model-columns";

/** A CSV cell: text always quoted (so an empty text is not NULL), numbers in shortest round-trip form. */
function cell(value: unknown, kind: "text" | "number" | "date"): string {
  if (value === null || value === undefined) return "";
  if (kind === "date") return isoFromDay(value as number);
  if (kind === "number") return String(value);
  return `"${String(value).replace(/"/g, '""')}"`;
}

/** The SQL type of a template field's column in the test tables. */
export function sqlType(field: string): string {
  const kind = columnKind(field);
  return kind === "number" ? "DOUBLE PRECISION" : kind === "date" ? "DATE" : "TEXT";
}

/** Customers as CSV with a header of field ids, as the engine read them (NULL = empty, unquoted). */
export function customersCsv(customers: readonly Customer[], fields: readonly string[]): string {
  const lines = [fields.join(",")];
  for (const customer of customers) {
    const record = customer as unknown as Record<string, unknown>;
    lines.push(fields.map((f) => cell(record[f], columnKind(f))).join(","));
  }
  return lines.join("\n") + "\n";
}

/** CREATE TABLE for those fields, in either dialect. */
export function createTableSql(table: string, fields: readonly string[]): string {
  return `CREATE TABLE ${table} (${fields.map((f) => `${f} ${sqlType(f)}`).join(", ")})`;
}
