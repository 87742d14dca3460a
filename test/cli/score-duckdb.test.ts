import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { runDuckDb } from "../../src/cli/sql/run-duckdb";
import { customersCsv } from "../support/customers-csv";
import { PARITY_FIELDS, parityCustomers } from "../support/sql-parity";
import { runCli, STACK_TRACE, tempDir } from "../support/run-cli";

const dir = tempDir();
const csv = join(dir, "customers.csv");
const AS_OF = ["--as-of", "2026-11-01"];

type CustomerJson = Record<string, unknown> & {
  customer_id: string;
  credit: Record<string, unknown>;
};

beforeAll(() => writeFileSync(csv, customersCsv(parityCustomers(400, 7), PARITY_FIELDS)));

describe("tiersheet score FILE --engine duckdb", () => {
  it("gives what the TypeScript engine gives for every compiled field of --json", async () => {
    const engine = await runCli(["score", csv, "--json", ...AS_OF]);
    const duck = await runCli(["score", csv, "--engine", "duckdb", "--json", ...AS_OF]);
    expect(duck.code).toBe(0);
    expect(duck.stderr).toMatch(/DuckDB: 400 customers scored/);
    const expected = JSON.parse(engine.stdout) as {
      valueMeasure: string;
      customers: CustomerJson[];
    };
    const actual = JSON.parse(duck.stdout) as { valueMeasure: string; customers: CustomerJson[] };
    expect(actual.valueMeasure).toBe(expected.valueMeasure);
    const byId = new Map(actual.customers.map((c) => [c.customer_id, c]));
    expect(byId.size).toBe(400);
    for (const want of expected.customers) {
      const got = byId.get(want.customer_id)!;
      for (const key of [
        "value",
        "abc",
        "pyramid",
        "rfm",
        "lifecycle",
        "churnAlert",
        "clv",
        "altmanZ",
      ])
        expect([want.customer_id, key, got[key]]).toEqual([want.customer_id, key, want[key]]);
      const { reasons, ...credit } = want.credit;
      const { reasons: ids, ...gotCredit } = got.credit;
      expect(gotCredit).toEqual(credit);
      expect((ids as string[]).length).toBe((reasons as string[]).length);
    }
  });

  it("writes the results to -o as Parquet or CSV, and refuses other outputs and inputs", async () => {
    const parquet = join(dir, "scored.parquet");
    const run = await runCli(["score", csv, "--engine", "duckdb", "-o", parquet, ...AS_OF]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("scored.parquet");
    const rows = await runDuckDb([
      `SELECT count(*) AS n, count(DISTINCT customer_id) AS ids, count(credit_grade) AS graded FROM read_parquet('${parquet}')`,
    ]);
    expect(rows).toEqual([{ n: 400, ids: 400, graded: 400 }]);
    const out = join(dir, "scored.csv");
    expect((await runCli(["score", csv, "--engine", "duckdb", "-o", out, ...AS_OF])).code).toBe(0);
    expect(readFileSync(out, "utf8").split("\n")[0]).toMatch(/^customer_id,value_measure,value,/);

    const refusals: [string[], RegExp][] = [
      [["score", csv, "--engine", "duckdb", "-o", out], /exists already/],
      [
        ["score", csv, "--engine", "duckdb", "-o", join(dir, "x.xlsx")],
        /writes \.csv or \.parquet/,
      ],
      [["score", csv, "--engine", "duckdb"], /-o FILE\.csv\|FILE\.parquet, or --json/],
      [["score", join(dir, "a.xlsx"), "--engine", "duckdb", "--json"], /reads \.csv or \.parquet/],
      [["score", csv, "--engine", "spark", "--json"], /--engine "spark"/],
    ];
    for (const [args, message] of refusals) {
      const refused = await runCli([...args, ...AS_OF]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(message);
      expect(refused.stderr).not.toMatch(STACK_TRACE);
    }
  });

  it("says which column is missing or what DuckDB could not read, without a stack trace", async () => {
    const noId = join(dir, "no-id.csv");
    writeFileSync(noId, "foo,bar\n1,2\n");
    const run = await runCli(["score", noId, "--engine", "duckdb", "--json", ...AS_OF]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no customer_id column/);
    const badNumber = join(dir, "bad.csv");
    writeFileSync(badNumber, "customer_id,sales_amount,orders\nC1,12,1\nC2,1.2万,2\n");
    const bad = await runCli(["score", badNumber, "--engine", "duckdb", "--json", ...AS_OF]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^DuckDB could not score the file: /);
    expect(bad.stderr).not.toMatch(STACK_TRACE);
  });
});
