import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runDuckDb, type SqlRow } from "../../src/cli/sql/run-duckdb";
import type { Customer } from "../../src/engine/models/customer";
import { emptyCustomer } from "../../src/engine/models/empty-customer";
import { DEFAULT_SETTINGS, parseSettings, type Settings } from "../../src/engine/settings";
import { compileModelSql } from "../../src/engine/sql/compile-model-sql";
import { createTableSql, customersCsv } from "../support/customers-csv";
import { compareRows, engineRows, PARITY_AS_OF, PARITY_FIELDS } from "../support/sql-parity";

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "tiersheet-sql-rules-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Hand-made customers through the compiled script on DuckDB; rows by customer_id, and the engine's. */
async function run(customers: Customer[], settings: Settings = DEFAULT_SETTINGS, after = "") {
  const csv = join(dir, `c${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(csv, customersCsv(customers, PARITY_FIELDS));
  const script = compileModelSql(settings, { asOf: PARITY_AS_OF });
  const statements = [
    createTableSql("customers", PARITY_FIELDS),
    `COPY customers FROM '${csv}' (HEADER true)`,
    script,
  ];
  const rows = await runDuckDb(after ? [...statements, after] : statements);
  const byId = new Map<string, SqlRow>(rows.map((r) => [String(r.customer_id), r]));
  return { byId, rows, expected: engineRows(customers, PARITY_FIELDS, settings) };
}

function buyer(id: string, value: number, extra: Partial<Customer> = {}): Customer {
  return {
    ...emptyCustomer(id, 2),
    orders: 3,
    first_purchase: PARITY_AS_OF - 400,
    last_purchase: PARITY_AS_OF - 20,
    sales_amount: value * 4,
    gross_profit: value,
    ...extra,
  };
}

describe("the compiled rules on DuckDB", () => {
  it("puts exactly 80% in A: ten equal customers make A the first 8 by id (domain.md §8)", async () => {
    const customers = Array.from({ length: 10 }, (_, i) => buyer(`K${9 - i}`, 100));
    const { byId, rows, expected } = await run(customers);
    expect(compareRows(expected, rows).differences).toEqual([]);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => byId.get(`K${i}`)!.abc)).toEqual(Array(8).fill("A"));
    expect(["K8", "K9"].map((id) => byId.get(id)!.abc)).toEqual(["B", "B"]);
  });

  it("breaks ties by code point, a character beyond U+FFFF after U+FF01 (domain.md §8)", async () => {
    const customers = [buyer("\u{1F600}", 50), buyer("\uFF01", 50), buyer("A", 50)];
    const { byId, rows, expected } = await run(customers);
    expect(compareRows(expected, rows).differences).toEqual([]);
    expect(["A", "\uFF01", "\u{1F600}"].map((id) => byId.get(id)!.value_rank)).toEqual([1, 2, 3]);
  });

  it("scores a purchase after the as-of date as the most recent (R = 5)", async () => {
    const customers = [
      buyer("F", 10, { last_purchase: PARITY_AS_OF + 3 }),
      ...Array.from({ length: 9 }, (_, i) =>
        buyer(`P${i}`, 10 + i, { last_purchase: PARITY_AS_OF - 10 * i })
      ),
    ];
    const { byId, rows, expected } = await run(customers);
    expect(compareRows(expected, rows).differences).toEqual([]);
    expect(byId.get("F")!.rfm_r).toBe(5);
    expect(byId.get("F")!.rfm_recency).toBe(-3);
  });

  it("matches a category label that tries to inject SQL as plain text, and runs nothing else", async () => {
    const evil = "x'); DROP TABLE customers; --";
    const scorecard = structuredClone(DEFAULT_SETTINGS.credit.scorecard5C);
    const risk = scorecard.dimensions[4].indicators[0];
    if (risk.kind !== "category") throw new Error("industry_risk is a category indicator");
    risk.categories.push({ values: [evil], name: { "zh-CN": evil, "en-US": evil }, points: 77 });
    const parsed = parseSettings({ credit: { scorecard5C: scorecard } });
    const settings = parsed.settings!;
    const customers = [
      buyer("E", 10, { industry_risk: evil }),
      buyer("L", 20, { industry_risk: "低" }),
    ];
    const { rows, expected } = await run(
      customers,
      settings,
      "SELECT customer_id, industry_risk FROM customers ORDER BY customer_id"
    );
    expect(rows).toEqual([
      { customer_id: "E", industry_risk: evil },
      { customer_id: "L", industry_risk: "低" },
    ]);
    // The engine gives E the label's 77 points; the script's score agrees, so it matched the text.
    const scored = await run(customers, settings);
    expect(compareRows(expected, scored.rows).differences).toEqual([]);
    expect(scored.byId.get("E")!.credit_score).not.toBe(scored.byId.get("L")!.credit_score);
  });
});
