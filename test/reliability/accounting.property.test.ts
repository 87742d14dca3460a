import { recordsOf } from "../../src/engine/table/records.test-helper";
import fc from "fast-check";
import { dayFromIso } from "../../src/engine/day";
import { scoreWorkbook } from "../../src/engine/score-workbook";
import { DEFAULT_SETTINGS } from "../../src/engine/settings";
import type { CellValue } from "../../src/engine/table/cell";
import { ENTERPRISE_TEMPLATE } from "../../src/engine/template/enterprise";
import { TRANSACTIONS_TEMPLATE } from "../../src/engine/template/transactions";
import { eachScoredCustomer, scoredCount } from "../../src/engine/scored-customers";

const AS_OF = dayFromIso("2026-11-01")!;

// Values shaped like what customer files hold, good and bad, so every reader and check runs.
const typed = fc.constantFrom(
  "1,234.50",
  "¥1,234",
  "1.2万",
  "12%",
  "１２３",
  "是",
  "否",
  "2024/3/5",
  "2024年3月5日",
  "2024-03-05",
  "13800138000",
  "021-64381234",
  "+44 20 7946 0958",
  "a@b.cn",
  "not-an-email",
  "-0",
  "NaN",
  "1e308",
  "低",
  "high",
  "有限责任公司",
  " C001 ",
  "00123",
  '=HYPERLINK("http://x","y")',
  "",
  "   "
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  typed,
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: true }),
  fc.integer({ min: -5, max: 50_000 }),
  fc.boolean(),
  fc.date({
    min: new Date(Date.UTC(1800, 0, 1)),
    max: new Date(Date.UTC(2100, 0, 1)),
    noInvalidDate: true,
  }),
  fc.record({ error: fc.constantFrom("#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?") })
);
// A few ids repeat on purpose, so unique-error, duplicate-row and fuzzy-duplicate run.
const id: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom("C001", "C002", "C003", "00123", 123, 1e21, "", null),
  fc.string({ minLength: 1, maxLength: 6 }),
  fc.record({ error: fc.constant("#N/A") })
);

function tableArbitrary(fieldTitles: string[]) {
  return fc.record({
    columns: fc.shuffledSubarray(fieldTitles, { minLength: 3 }),
    titleRows: fc.integer({ min: 0, max: 3 }),
    rows: fc.array(fc.tuple(id, fc.array(cell, { maxLength: 12 })), { maxLength: 30 }),
  });
}

/** Every non-blank row with a customer_id is scored; every other one has a finding on its customer_id. */
function checkAccounting(
  template: typeof ENTERPRISE_TEMPLATE,
  header: string[],
  body: CellValue[][],
  titleRows: number
) {
  const rows: CellValue[][] = [];
  for (let i = 0; i < titleRows; i++) rows.push(i === 0 ? ["客户档案（标题）"] : []);
  rows.push(["客户编号", ...header]);
  rows.push(...body);
  const run = scoreWorkbook(
    { sheets: [{ name: "客户档案", rows }] },
    { asOf: AS_OF, settings: DEFAULT_SETTINGS, template }
  );
  expect(run).not.toBeNull();
  const { validation, table } = run!;
  expect(table.headerRow).toBe(titleRows + 1);
  const nonBlank = Array.from(table.rows);
  expect(validation.rows).toBe(nonBlank.length);
  const idFindingRows = new Set(
    validation.findings.filter((f) => f.field === "customer_id").map((f) => f.row)
  );
  if (template.id === TRANSACTIONS_TEMPLATE.id) {
    // Aggregated: each customer is one distinct id; rows without one are reported.
    for (const record of recordsOf(table)) {
      const c = record.cells.customer_id;
      const readable =
        c !== undefined &&
        (c.status === "ok" || c.status === "fixed") &&
        c.value !== null &&
        String(c.value).trim() !== "";
      if (!readable) expect(idFindingRows.has(record.row)).toBe(true);
    }
    return;
  }
  const scored = new Set([...eachScoredCustomer(run!)].map((c) => c.customer.row));
  expect(scored.size).toBe(scoredCount(run!));
  for (const row of nonBlank) expect(scored.has(row) || idFindingRows.has(row)).toBe(true);
  for (const c of [...eachScoredCustomer(run!)]) {
    expect(nonBlank).toContain(c.customer.row);
    // A scored customer carries a result of every model, even if "insufficient".
    expect(c.credit.grade).toBeDefined();
    expect(c.tiers).toBeDefined();
  }
}

describe("validation and scoring of random tables account for every row", () => {
  it("enterprise customer files", () => {
    const titles = ENTERPRISE_TEMPLATE.fields
      .filter((f) => f.name !== "customer_id")
      .map((f) => f.title["zh-CN"]);
    fc.assert(
      fc.property(tableArbitrary(titles), ({ columns, titleRows, rows }) => {
        const body = rows.map(([customerId, cells]) => [
          customerId,
          ...columns.map((_, i) => cells[i] ?? null),
        ]);
        checkAccounting(ENTERPRISE_TEMPLATE, columns, body, titleRows);
      }),
      { numRuns: 150 }
    );
  });

  it("transactions sheets", () => {
    const titles = TRANSACTIONS_TEMPLATE.fields
      .filter((f) => f.name !== "customer_id")
      .map((f) => f.title["zh-CN"]);
    fc.assert(
      fc.property(tableArbitrary(titles), ({ columns, titleRows, rows }) => {
        const body = rows.map(([customerId, cells]) => [
          customerId,
          ...columns.map((_, i) => cells[i] ?? null),
        ]);
        checkAccounting(TRANSACTIONS_TEMPLATE, columns, body, titleRows);
      }),
      { numRuns: 100 }
    );
  });
});
