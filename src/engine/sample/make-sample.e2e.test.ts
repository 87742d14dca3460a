import { dayFromIso } from "../day";
import { readTable } from "../table/read-table";
import { ENTERPRISE_TEMPLATE } from "../template/enterprise";
import { INDIVIDUAL_TEMPLATE } from "../template/individual";
import { TRANSACTIONS_TEMPLATE } from "../template/transactions";
import type { Template } from "../template/types";
import { mergeTransactions } from "../models/merge-transactions";
import { validateTable } from "../validate/validate";
import { makeSample, type SampleKind } from "./make-sample";

const asOf = dayFromIso("2026-11-01")!;

function templateFor(kind: SampleKind, sheet: string): Template {
  if (sheet === "交易明细") return TRANSACTIONS_TEMPLATE;
  return kind === "individual" ? INDIVIDUAL_TEMPLATE : ENTERPRISE_TEMPLATE;
}

describe("samples against the validator", () => {
  it.each(["enterprise", "individual", "transactions"] as SampleKind[])(
    "a clean %s sample has no finding",
    (kind) => {
      const { workbook } = makeSample({ kind, rows: 400, seed: 21, asOf });
      for (const sheet of workbook.sheets) {
        const template = templateFor(kind, sheet.name);
        const report = validateTable(readTable(sheet, template), template, { asOf });
        expect(report.findings).toEqual([]);
      }
    }
  );

  it.each(["enterprise", "individual", "transactions"] as SampleKind[])(
    "every defect injected into a messy %s sample is reported where it was put",
    (kind) => {
      for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
        const { workbook, injected } = makeSample({ kind, rows: 200, seed, asOf, messy: true });
        for (const sheet of workbook.sheets) {
          const template = templateFor(kind, sheet.name);
          const report = validateTable(readTable(sheet, template), template, { asOf });
          const found = new Set(
            report.findings.map((f) => `${f.row}:${f.column}:${f.field}:${f.code}`)
          );
          for (const d of injected.filter(
            (x) => x.sheet === sheet.name && x.code !== "unknown-customer"
          )) {
            expect({
              seed,
              defect: d,
              found: found.has(`${d.row}:${d.column}:${d.field}:${d.code}`),
            }).toEqual({ seed, defect: d, found: true });
          }
          // Nothing reported that was not put in (format-fix aside, it is an info the same cell may also carry).
          const put = new Set(injected.map((d) => `${d.row}:${d.code}`));
          const extra = report.findings.filter((f) => !put.has(`${f.row}:${f.code}`));
          expect({ seed, sheet: sheet.name, extra }).toEqual({
            seed,
            sheet: sheet.name,
            extra: [],
          });
        }
      }
    }
  );
});

describe("transactions samples against mergeTransactions", () => {
  const tables = (messy: boolean) => {
    const sample = makeSample({ kind: "transactions", rows: 300, seed: 6, asOf, messy });
    const [customers, transactions] = sample.workbook.sheets;
    return {
      injected: sample.injected,
      merged: mergeTransactions(
        readTable(customers, ENTERPRISE_TEMPLATE),
        readTable(transactions, TRANSACTIONS_TEMPLATE)
      ),
    };
  };

  it("a clean pair merges without a finding", () => {
    expect(tables(false).merged.findings).toEqual([]);
  });

  it("the injected unknown customer is reported where it was put, and nothing else", () => {
    const { injected, merged } = tables(true);
    const unknown = injected.filter((d) => d.code === "unknown-customer");
    expect(unknown).toHaveLength(1);
    expect(
      merged.findings.map((f) => ({ row: f.row, column: f.column, field: f.field, code: f.code }))
    ).toEqual(unknown.map((d) => ({ row: d.row, column: d.column, field: d.field, code: d.code })));
  });
});
