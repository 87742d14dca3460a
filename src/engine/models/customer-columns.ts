import type { FieldColumn, Table } from "../table/table";
import { valueAt } from "../table/field-column";
import type { Customer, CustomerField } from "./customer";
import { CUSTOMER_FIELD_KINDS } from "./customer-field-kinds";
import { emptyCustomer } from "./empty-customer";
import { asFieldValue, fieldValueAt } from "./read-field-value";

const FIELDS = Object.keys(CUSTOMER_FIELD_KINDS) as CustomerField[];

/** The Customer fields held as numbers (Days for dates). */
export type NumberField = {
  [F in CustomerField]: (typeof CUSTOMER_FIELD_KINDS)[F] extends "text" ? never : F;
}[CustomerField];

/**
 * A file's customers as the models see them, by column (design.md: data is columnar). Customer k is
 * read from where the customers came from: record `records[k]` of a customer sheet's table (no copy
 * of its columns), or the k-th Customer object that joining or aggregating transactions built.
 * customerAt builds one customer's object for a view, a sheet row or a JSON record.
 */
export interface CustomerColumns {
  size: number;
  /** The sheet row of each customer. */
  rows: Int32Array;
  /** Each customer's id (the shared sort breaks ties on it). */
  ids: string[];
  /** The Customer fields the file has (a column, or filled from transactions). */
  present: ReadonlySet<CustomerField>;
  source:
    | { kind: "table"; table: Table; records: Int32Array }
    | { kind: "objects"; customers: readonly Customer[] };
  /** numberColumn's columns, so that each is built once. */
  numbers: Map<NumberField, Float64Array>;
}

/**
 * The customers of a customer sheet: every non-blank record with a readable customer_id, errors or
 * not (domain.md §8). Unreadable cells count as empty; fields the table lacks are null.
 */
export function customerColumnsFromTable(table: Table): CustomerColumns {
  const records = new Int32Array(table.size);
  const ids: string[] = [];
  for (let i = 0; i < table.size; i++) {
    const id = fieldValueAt(table, "customer_id", i, "text");
    if (typeof id !== "string") continue;
    records[ids.length] = i;
    ids.push(id);
  }
  const size = ids.length;
  const kept = records.slice(0, size);
  const rows = new Int32Array(size);
  for (let k = 0; k < size; k++) rows[k] = table.rows[kept[k]];
  const present = new Set(FIELDS.filter((f) => table.fields[f] !== undefined));
  return {
    size,
    rows,
    ids,
    present,
    source: { kind: "table", table, records: kept },
    numbers: new Map(),
  };
}

/** Customers built as objects (from transactions), as columns. */
export function customerColumnsFromObjects(
  customers: readonly Customer[],
  present: Iterable<string>
): CustomerColumns {
  const rows = new Int32Array(customers.length);
  for (let k = 0; k < customers.length; k++) rows[k] = customers[k].row;
  const known = new Set<string>(FIELDS);
  return {
    size: customers.length,
    rows,
    ids: customers.map((c) => c.customer_id),
    present: new Set([...present].filter((f) => known.has(f)) as CustomerField[]),
    source: { kind: "objects", customers },
    numbers: new Map(),
  };
}

/** Customer k's value of a field, as Customer holds it (null when empty or unreadable). */
export function customerValue(
  columns: CustomerColumns,
  field: CustomerField,
  k: number
): string | number | null {
  const source = columns.source;
  if (source.kind === "objects") return source.customers[k][field];
  if (field === "customer_id") return columns.ids[k];
  const column = source.table.fields[field];
  if (column === undefined) return null;
  return asFieldValue(valueAt(column, source.records[k]), CUSTOMER_FIELD_KINDS[field]);
}

/**
 * One number field over every customer, NaN where null. Read-only: for a table whose records are
 * all customers it is the table's own column.
 */
export function numberColumn(columns: CustomerColumns, field: NumberField): Float64Array {
  const cached = columns.numbers.get(field);
  if (cached !== undefined) return cached;
  const source = columns.source;
  let out: Float64Array | null = null;
  if (source.kind === "table") {
    const column = source.table.fields[field];
    const numbers = column?.numbers ?? null;
    if (numbers !== null && columns.size === numbers.length && allFiniteOrNaN(numbers))
      out = numbers;
  }
  if (out === null) {
    out = new Float64Array(columns.size);
    for (let k = 0; k < columns.size; k++) {
      const v = customerValue(columns, field, k);
      out[k] = typeof v === "number" ? v : NaN;
    }
  }
  columns.numbers.set(field, out);
  return out;
}

/** True unless some entry is +-Infinity (which a Customer holds as null, not as a number). */
function allFiniteOrNaN(numbers: Float64Array): boolean {
  for (let i = 0; i < numbers.length; i++) {
    const v = numbers[i];
    if (v === Infinity || v === -Infinity) return false;
  }
  return true;
}

/** A field's column of the table and how a Customer holds it. */
interface FieldReader {
  field: CustomerField;
  column: FieldColumn;
  kind: "text" | "number" | "day";
}

const readerCache = new WeakMap<CustomerColumns, FieldReader[]>();

/** The table's columns of the fields the customers have, looked up once per set of customers. */
function readersOf(columns: CustomerColumns, table: Table): FieldReader[] {
  let readers = readerCache.get(columns);
  if (readers === undefined) {
    readers = [];
    for (const field of columns.present) {
      const column = table.fields[field];
      if (field !== "customer_id" && column !== undefined)
        readers.push({ field, column, kind: CUSTOMER_FIELD_KINDS[field] });
    }
    readerCache.set(columns, readers);
  }
  return readers;
}

/**
 * Customer k's fields written into `into` (every field the file lacks stays as it is: null in a
 * customer from emptyCustomer). Scoring reuses one object this way for a million customers.
 */
export function fillCustomer(columns: CustomerColumns, k: number, into: Customer): Customer {
  const source = columns.source;
  if (source.kind === "objects") return Object.assign(into, source.customers[k]);
  into.customer_id = columns.ids[k];
  into.row = columns.rows[k];
  const i = source.records[k];
  const fields = into as unknown as Record<CustomerField, string | number | null>;
  for (const { field, column, kind } of readersOf(columns, source.table)) {
    const numbers = column.numbers;
    if (
      numbers !== null &&
      kind !== "text" &&
      (column.details.size === 0 || !column.details.has(i))
    ) {
      const n = numbers[i];
      fields[field] = Number.isFinite(n) ? n : null;
    } else {
      fields[field] = asFieldValue(valueAt(column, i), kind);
    }
  }
  return into;
}

/** Customer k as one object. */
export function customerAt(columns: CustomerColumns, k: number): Customer {
  const source = columns.source;
  if (source.kind === "objects") return source.customers[k];
  return fillCustomer(columns, k, emptyCustomer(columns.ids[k], columns.rows[k]));
}
