import { dayFromParts } from "../../day";
import type { RowProblem } from "./purchase-problem";
import type { PurchaseColumns } from "./summarize-purchases";

export interface ParsedPurchases {
  purchases: PurchaseColumns;
  /** Customer ids by index, as written (leading zeros kept). */
  ids: string[];
  /** Lines that could not be read, left out. */
  problems: RowProblem[];
}

const HEADER = /^\s*customer_id\s+date\s+number_of_cds\s+dollar_value\s*$/i;
const LINE = /^\s*(\S+)\s+(\d{8})\s+\S+\s+\S+\s*$/;
const FIELDS = ["customer_id", "date", "number_of_cds", "dollar_value"];

/**
 * True when the text looks like CDNOW_master.txt: lines of customer id, date YYYYMMDD, quantity and
 * amount separated by white space, with or without that header line. Only the first line is checked.
 */
export function isCdnowText(text: string): boolean {
  const end = text.indexOf("\n");
  const first = (end < 0 ? text : text.slice(0, end)).replace(/^\uFEFF/, "");
  return HEADER.test(first) || LINE.test(first);
}

/**
 * Reads CDNOW_master.txt's format straight into purchase columns: a 70,000-line file in a few tens
 * of milliseconds, where reading it as a general sheet (cells, header, aliases, findings) takes about
 * a second. A line with another number of fields, a date that is not a calendar date or an amount
 * that is not a number is left out and named in `problems`.
 */
export function parseCdnowPurchases(text: string): ParsedPurchases {
  const lines = text.split(/\r?\n/);
  const idIndex = new Map<string, number>();
  const ids: string[] = [];
  const customer = new Int32Array(lines.length);
  const day = new Int32Array(lines.length);
  const amount = new Float64Array(lines.length);
  const problems: RowProblem[] = [];
  let n = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = i === 0 ? lines[0].replace(/^\uFEFF/, "") : lines[i];
    if (line.trim() === "" || (i === 0 && HEADER.test(line))) continue;
    const fields = line.trim().split(/\s+/);
    const problem = (k: number, code: RowProblem["code"]) =>
      problems.push({ row: i + 1, column: String.fromCharCode(65 + k), field: FIELDS[k], value: fields[k] ?? line, code });
    if (fields.length !== 4) {
      problem(0, "wrong-column-count");
      continue;
    }
    const [id, date, , value] = fields;
    const m = /^(\d{4})(\d{2})(\d{2})$/.exec(date);
    const d = m ? dayFromParts(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    if (d === null) {
      problem(1, "not-a-date");
      continue;
    }
    const money = Number(value);
    if (!Number.isFinite(money)) {
      problem(3, "not-a-number");
      continue;
    }
    let c = idIndex.get(id);
    if (c === undefined) {
      c = ids.length;
      idIndex.set(id, c);
      ids.push(id);
    }
    customer[n] = c;
    day[n] = d;
    amount[n] = money;
    n++;
  }
  return {
    purchases: {
      customer: customer.slice(0, n),
      day: day.slice(0, n),
      amount: amount.slice(0, n),
      customers: ids.length,
    },
    ids,
    problems,
  };
}
