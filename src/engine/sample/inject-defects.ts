import { isoFromDay, type Day } from "../day";
import { isEmptyCell, type CellValue } from "../table/cell";
import { columnLetter } from "../table/column-letter";
import type { SheetData } from "../table/sheet";
import type { Template } from "../template/types";
import type { FindingCode } from "../validate/finding";
import type { Random } from "./random";
import { dateOfDay } from "./sample-values";
import { SAMPLE_HEADER_ROW } from "./sheet-from-records";

/** A defect put into a sample on purpose, where the validator must report it. */
export interface InjectedDefect {
  sheet: string;
  /** Sheet row (1-based). */
  row: number;
  /** Column letter, or null for a whole-row finding. */
  column: string | null;
  /** Template field id, or null. */
  field: string | null;
  code: FindingCode;
}

export interface InjectOptions {
  /** A customer id the workbook does not know, for an unknown-customer defect (transactions sheets). */
  unknownCustomerId?: string;
}

/** The label of the extra column: no template field or alias means it. */
export const EXTRA_LABEL = "内部备注";

type Row = CellValue[];
interface Pending {
  row: Row;
  field: string | null;
  code: FindingCode;
}

const MS_PER_DAY = 86_400_000;
const dayOf = (value: CellValue): Day | null =>
  value instanceof Date ? Math.floor(value.getTime() / MS_PER_DAY) : null;

/**
 * Puts at least one defect of every finding code the template allows into a sample sheet made by
 * sheetFromRecords (header on row 3), and says where each one will be reported (domain.md §8:
 * repeats on the later row, cross-field on the field breaking the rule). Each defect has a row of
 * its own, so no two collide and no row becomes equal to another by accident.
 */
export function injectDefects(
  rng: Random,
  sheet: SheetData,
  template: Template,
  asOf: Day,
  options: InjectOptions = {}
): InjectedDefect[] {
  const fields = template.fields.map((f) => f.name);
  const has = (field: string) => fields.includes(field);
  const col = (field: string) => fields.indexOf(field);
  const data: Row[] = sheet.rows.slice(SAMPLE_HEADER_ROW);
  const used = new Set<Row>();
  const order = rng.shuffle(data);
  const pending: Pending[] = [];
  const get = (row: Row, field: string): CellValue => row[col(field)] ?? null;
  const set = (row: Row, field: string, value: CellValue) => {
    row[col(field)] = value;
  };
  const take = (test: (row: Row) => boolean = () => true): Row | null => {
    const row = order.find((r) => !used.has(r) && test(r)) ?? null;
    if (row) used.add(row);
    return row;
  };
  const isBuyer = (row: Row) =>
    !has("orders") ||
    (typeof get(row, "orders") === "number" && (get(row, "orders") as number) > 0);
  const firstField = (names: string[]) => names.find(has) ?? null;
  const inject = (
    code: FindingCode,
    field: string | null,
    test: (row: Row) => boolean,
    change: (row: Row) => void
  ) => {
    const row = take(test);
    if (!row) return;
    change(row);
    pending.push({ row, field, code });
  };
  /** Two unused rows in sheet order: [earlier, later]. */
  const pair = (test: (row: Row) => boolean = () => true): [Row, Row] | null => {
    const a = take(test);
    const b = a && take(test);
    if (!a || !b) return null;
    return data.indexOf(a) < data.indexOf(b) ? [a, b] : [b, a];
  };

  const required = template.fields.find((f) => f.constraints?.required && f.name !== "customer_id");
  if (required)
    inject(
      "missing-cell",
      required.name,
      () => true,
      (row) => set(row, required.name, null)
    );

  const wholeNumber = firstField(["employees", "orders", "quantity"]);
  if (wholeNumber)
    inject(
      "type-error",
      wholeNumber,
      () => true,
      (row) => set(row, wholeNumber, "不详")
    );
  if (has("email")) {
    inject(
      "type-error",
      "email",
      (row) => !isEmptyCell(get(row, "email")),
      (row) => set(row, "email", String(get(row, "email")).replace("@", "#"))
    );
  }

  if (has("influence"))
    inject(
      "constraint-error",
      "influence",
      () => true,
      (row) => set(row, "influence", 7)
    );
  else if (has("gender"))
    inject(
      "constraint-error",
      "gender",
      () => true,
      (row) => set(row, "gender", "未知")
    );
  else if (has("quantity"))
    inject(
      "constraint-error",
      "quantity",
      () => true,
      (row) => set(row, "quantity", -2)
    );

  const uniqueField = template.fields.find((f) => f.constraints?.unique)?.name ?? null;
  if (uniqueField) {
    const rows = pair();
    if (rows) {
      set(rows[1], uniqueField, get(rows[0], uniqueField));
      pending.push({ row: rows[1], field: uniqueField, code: "unique-error" });
    }
    const original = take();
    if (original) {
      const at = data.indexOf(original);
      const copy = original.slice();
      const position = at + 1 + rng.int(0, data.length - at - 1);
      data.splice(position, 0, copy);
      used.add(copy);
      pending.push(
        { row: copy, field: null, code: "duplicate-row" },
        { row: copy, field: uniqueField, code: "unique-error" }
      );
    }
  }

  if (has("legal_form") && has("name")) {
    const plain = (row: Row) =>
      /有限公司$/.test(String(get(row, "name"))) &&
      !/(股份|集团|\))有限公司$/.test(String(get(row, "name")));
    const rows = pair(plain);
    if (rows) {
      set(rows[1], "name", String(get(rows[0], "name")).replace(/有限公司$/, "股份有限公司"));
      pending.push({ row: rows[1], field: "name", code: "fuzzy-duplicate" });
    }
  } else if (has("phone") && uniqueField === "customer_id") {
    const rows = pair((row) => !isEmptyCell(get(row, "phone")));
    if (rows) {
      set(rows[1], "phone", get(rows[0], "phone"));
      pending.push({ row: rows[1], field: "phone", code: "fuzzy-duplicate" });
    }
  }

  const money = firstField(["revenue", "sales_amount", "profit"]);
  if (money) inject("formula-error", money, isBuyer, (row) => set(row, money, { error: "#N/A" }));

  if (has("current_assets") && has("total_assets")) {
    inject(
      "cross-field-error",
      "current_assets",
      () => true,
      (row) => {
        set(row, "current_assets", Math.round((get(row, "total_assets") as number) * 1.1 + 1000));
      }
    );
  }
  if (has("first_purchase") && has("last_purchase")) {
    const spread = (row: Row) => {
      const first = dayOf(get(row, "first_purchase"));
      const last = dayOf(get(row, "last_purchase"));
      return first !== null && last !== null && last > first;
    };
    inject("cross-field-error", "last_purchase", spread, (row) => {
      set(
        row,
        "last_purchase",
        dateOfDay((dayOf(get(row, "first_purchase")) as Day) - rng.int(5, 60))
      );
    });
  }

  const pastDate = firstField(["founded", "birth_date", "order_date"]);
  if (pastDate) {
    inject(
      "future-date",
      pastDate,
      (row) => get(row, pastDate) instanceof Date,
      (row) => set(row, pastDate, dateOfDay(asOf + rng.int(10, 90)))
    );
    inject(
      "format-fix",
      pastDate,
      (row) => get(row, pastDate) instanceof Date,
      (row) => {
        const [y, m, d] = isoFromDay(dayOf(get(row, pastDate)) as Day)
          .split("-")
          .map(Number);
        set(row, pastDate, `${y}年${m}月${d}日`);
      }
    );
  }
  if (has("last_updated")) {
    inject(
      "stale-record",
      "last_updated",
      () => true,
      (row) => set(row, "last_updated", dateOfDay(asOf - rng.int(400, 900)))
    );
  }
  const wanField = firstField(["sales_amount", "amount"]);
  if (wanField) {
    inject(
      "format-fix",
      wanField,
      (row) => isBuyer(row) && (get(row, wanField) as number) >= 1000,
      (row) => {
        set(row, wanField, `${((get(row, wanField) as number) / 10_000).toFixed(2)}万`);
      }
    );
  }
  if (options.unknownCustomerId && has("customer_id")) {
    const id = options.unknownCustomerId;
    inject(
      "unknown-customer",
      "customer_id",
      () => true,
      (row) => set(row, "customer_id", id)
    );
  }

  // Inserted last so that it sits inside the table whatever else moved.
  const blank: Row = [];
  data.splice(Math.floor(data.length / 2), 0, blank);
  pending.push({ row: blank, field: null, code: "blank-row" });

  const extraColumn = fields.length;
  sheet.rows[SAMPLE_HEADER_ROW - 1][extraColumn] = EXTRA_LABEL;
  for (const row of data) {
    // Defect rows carry no note: a repeated row must stay equal to its original.
    if (row.length > 0 && !used.has(row) && rng.chance(0.1)) {
      while (row.length < extraColumn) row.push(null);
      row[extraColumn] = rng.pick(["重点跟进", "年底回访", "已寄样品", "待签合同"]);
    }
  }

  sheet.rows = [...sheet.rows.slice(0, SAMPLE_HEADER_ROW), ...data];
  const injected: InjectedDefect[] = [
    {
      sheet: sheet.name,
      row: SAMPLE_HEADER_ROW,
      column: columnLetter(extraColumn),
      field: null,
      code: "extra-label",
    },
  ];
  for (const p of pending) {
    injected.push({
      sheet: sheet.name,
      row: SAMPLE_HEADER_ROW + 1 + data.indexOf(p.row),
      column: p.field === null ? null : columnLetter(col(p.field)),
      field: p.field,
      code: p.code,
    });
  }
  return injected.sort((a, b) => a.row - b.row || (a.column ?? "").localeCompare(b.column ?? ""));
}
