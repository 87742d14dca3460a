import { recordsOf } from "../table/records.test-helper";
import { dayFromIso } from "../day";
import { isCellError, isEmptyCell, type CellValue } from "../table/cell";
import { columnIndex } from "../table/column-letter";
import { readTable } from "../table/read-table";
import type { SheetData } from "../table/sheet";
import { ENTERPRISE_TEMPLATE } from "../template/enterprise";
import { INDIVIDUAL_TEMPLATE } from "../template/individual";
import { TRANSACTIONS_TEMPLATE } from "../template/transactions";
import type { Template } from "../template/types";
import type { FindingCode } from "../validate/finding";
import { EXTRA_LABEL } from "./inject-defects";
import { makeSample, type SampleKind } from "./make-sample";

const asOf = dayFromIso("2026-11-01")!;
const templates: Record<string, Template> = {
  客户档案: ENTERPRISE_TEMPLATE,
  交易明细: TRANSACTIONS_TEMPLATE,
};

function records(sheet: SheetData, template: Template): Record<string, CellValue>[] {
  return sheet.rows
    .slice(3)
    .map((row) => Object.fromEntries(template.fields.map((f, i) => [f.name, row[i] ?? null])));
}

describe("makeSample", () => {
  it("is the same for the same seed and differs for another", () => {
    for (const kind of ["enterprise", "individual", "transactions"] as SampleKind[]) {
      const a = makeSample({ kind, rows: 60, seed: 7, asOf, messy: true });
      expect(makeSample({ kind, rows: 60, seed: 7, asOf, messy: true })).toEqual(a);
      expect(makeSample({ kind, rows: 60, seed: 8, asOf, messy: true }).workbook).not.toEqual(
        a.workbook
      );
    }
  });

  it("lays the sheet out with a merged title, a blank row and the zh-CN titles on row 3", () => {
    const sheet = makeSample({ kind: "enterprise", rows: 10, seed: 1, asOf }).workbook.sheets[0];
    expect(sheet.name).toBe("客户档案");
    expect(sheet.rows[0]).toEqual(["客户档案 2026-11-01"]);
    expect(sheet.rows[1]).toEqual([]);
    expect(sheet.rows[2]).toEqual(ENTERPRISE_TEMPLATE.fields.map((f) => f.title["zh-CN"]));
    expect(sheet.merges).toEqual(["A1:AM1"]);
    expect(sheet.rows).toHaveLength(13);
    expect(String(sheet.rows[3][0])).toBe("C0001");
  });

  it("gives the top 20% of customers by gross profit most of it", () => {
    const sheet = makeSample({ kind: "enterprise", rows: 1000, seed: 3, asOf }).workbook.sheets[0];
    const profits = records(sheet, ENTERPRISE_TEMPLATE)
      .map((r) => r.gross_profit as number)
      .sort((a, b) => b - a);
    const total = profits.reduce((a, b) => a + b, 0);
    const top = profits.slice(0, 200).reduce((a, b) => a + b, 0);
    expect(top / total).toBeGreaterThan(0.5);
    expect(profits.some((p) => p < 0)).toBe(true);
  });

  it("has about 5% prospects with no purchase, and buyers with last >= first", () => {
    const recs = records(
      makeSample({ kind: "individual", rows: 400, seed: 5, asOf }).workbook.sheets[0],
      INDIVIDUAL_TEMPLATE
    );
    const prospects = recs.filter((r) => r.orders === 0);
    expect(prospects).toHaveLength(20);
    for (const p of prospects) {
      expect([p.first_purchase, p.last_purchase, p.sales_amount]).toEqual([null, null, 0]);
    }
    for (const r of recs.filter((x) => x.orders !== 0)) {
      expect((r.last_purchase as Date).getTime()).toBeGreaterThanOrEqual(
        (r.first_purchase as Date).getTime()
      );
      expect((r.last_purchase as Date).getTime()).toBeLessThanOrEqual(asOf * 86_400_000);
    }
  });

  it("makes unique company names, phones and e-mails, with legal forms from the enum", () => {
    const recs = records(
      makeSample({ kind: "enterprise", rows: 500, seed: 9, asOf }).workbook.sheets[0],
      ENTERPRISE_TEMPLATE
    );
    const core = (name: string) => name.replace(/(有限责任公司|股份有限公司|有限公司|股份)$/, "");
    expect(new Set(recs.map((r) => core(String(r.name)))).size).toBe(500);
    expect(new Set(recs.map((r) => r.phone)).size).toBe(500);
    expect(new Set(recs.map((r) => r.email)).size).toBe(500);
    const legal = ENTERPRISE_TEMPLATE.fields.find((f) => f.name === "legal_form")!.constraints!
      .enum!;
    expect(recs.every((r) => legal.includes(String(r.legal_form)))).toBe(true);
    expect(recs.every((r) => (r.current_assets as number) <= (r.total_assets as number))).toBe(
      true
    );
    expect(
      recs.every((r) => (r.current_liabilities as number) <= (r.total_liabilities as number))
    ).toBe(true);
  });

  it.each(["enterprise", "individual", "transactions"] as SampleKind[])(
    "reads every cell of a clean %s sample as it stands",
    (kind) => {
      const { workbook, injected } = makeSample({ kind, rows: 300, seed: 11, asOf });
      expect(injected).toEqual([]);
      for (const sheet of workbook.sheets) {
        const template = kind === "individual" ? INDIVIDUAL_TEMPLATE : templates[sheet.name];
        const table = readTable(sheet, template);
        expect(table.headerRow).toBe(3);
        for (const record of recordsOf(table)) {
          for (const [field, cell] of Object.entries(record.cells)) {
            if (cell.status !== "ok" && cell.status !== "empty")
              throw new Error(`${sheet.name} row ${record.row} ${field}: ${cell.status}`);
          }
        }
      }
    }
  );

  it("makes a transactions pair: every transaction's customer is on the customer sheet", () => {
    const { workbook } = makeSample({ kind: "transactions", rows: 500, seed: 2, asOf });
    const [customers, transactions] = workbook.sheets;
    expect(transactions.name).toBe("交易明细");
    const ids = new Set(records(customers, ENTERPRISE_TEMPLATE).map((r) => r.customer_id));
    expect(ids.size).toBe(100);
    const tx = records(transactions, TRANSACTIONS_TEMPLATE);
    expect(tx).toHaveLength(500);
    expect(tx.every((t) => ids.has(t.customer_id))).toBe(true);
    expect(new Set(tx.map((t) => t.order_id)).size).toBe(500);
    expect(new Set(tx.map((t) => t.customer_id)).size).toBe(95);
  });

  const enterpriseCodes: FindingCode[] = [
    "blank-row",
    "missing-cell",
    "type-error",
    "constraint-error",
    "unique-error",
    "duplicate-row",
    "fuzzy-duplicate",
    "formula-error",
    "cross-field-error",
    "future-date",
    "stale-record",
    "format-fix",
    "extra-label",
  ];

  it("injects every injectable code into a messy enterprise sample, each where it shows", () => {
    const { workbook, injected } = makeSample({
      kind: "enterprise",
      rows: 100,
      seed: 4,
      asOf,
      messy: true,
    });
    expect(new Set(injected.map((d) => d.code))).toEqual(new Set(enterpriseCodes));
    const sheet = workbook.sheets[0];
    expect(sheet.rows[2][ENTERPRISE_TEMPLATE.fields.length]).toBe(EXTRA_LABEL);
    const cell = (row: number, column: string) => sheet.rows[row - 1][columnIndex(column)!];
    for (const d of injected) {
      if (d.code === "blank-row") expect(sheet.rows[d.row - 1].every(isEmptyCell)).toBe(true);
      if (d.code === "formula-error") expect(isCellError(cell(d.row, d.column!))).toBe(true);
      if (d.code === "missing-cell") expect(cell(d.row, d.column!)).toBeNull();
      if (d.code === "duplicate-row") {
        const text = JSON.stringify(sheet.rows[d.row - 1]);
        expect(sheet.rows.slice(3, d.row - 1).some((r) => JSON.stringify(r) === text)).toBe(true);
      }
    }
    // One defect per cell, except a repeated row that is also a repeated id.
    const cells = injected
      .filter((d) => d.code !== "duplicate-row")
      .map((d) => `${d.row}:${d.column}`);
    expect(new Set(cells).size).toBe(cells.length);
  });

  it("injects every code an individual file can carry", () => {
    const { injected } = makeSample({ kind: "individual", rows: 100, seed: 4, asOf, messy: true });
    expect(new Set(injected.map((d) => d.code))).toEqual(
      new Set(enterpriseCodes.filter((c) => c !== "stale-record"))
    );
  });

  it("injects the transactions codes, unknown-customer among them", () => {
    const { injected } = makeSample({
      kind: "transactions",
      rows: 300,
      seed: 4,
      asOf,
      messy: true,
    });
    expect(injected.every((d) => d.sheet === "交易明细")).toBe(true);
    expect(new Set(injected.map((d) => d.code))).toEqual(
      new Set([
        "blank-row",
        "missing-cell",
        "type-error",
        "constraint-error",
        "unique-error",
        "duplicate-row",
        "formula-error",
        "future-date",
        "format-fix",
        "extra-label",
        "unknown-customer",
      ])
    );
  });
});
