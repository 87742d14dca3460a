import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { DEFAULT_SETTINGS, parseSettings, type Settings } from "../../src/engine/settings";
import { compileModelSql } from "../../src/engine/sql/compile-model-sql";
import { createTableSql, customersCsv } from "../support/customers-csv";
import { startPostgres, type PostgresServer } from "../support/postgres-server";
import {
  compareRows,
  engineRows,
  PARITY_AS_OF,
  PARITY_FIELDS,
  parityCustomers,
} from "../support/sql-parity";

// Started by the test itself; .ci/run installs Debian's postgresql so that CI=true never skips.
const started = startPostgres();
const server: PostgresServer | null = started.server;
if (server === null) {
  if (process.env.CI === "true") throw new Error(`PostgreSQL must run in CI: ${started.reason}`);

  console.warn(`PostgreSQL parity skipped: ${started.reason}`);
}
const maybe = server ? describe : describe.skip;

const customers = parityCustomers(10_000, 19);
let dir: string;
let csv: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tiersheet-sql-"));
  chmodSync(dir, 0o755);
  csv = join(dir, "customers.csv");
  writeFileSync(csv, customersCsv(customers, PARITY_FIELDS));
});

afterAll(() => {
  server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function parity(settings: Settings) {
  const script = compileModelSql(settings, { dialect: "postgres", asOf: PARITY_AS_OF });
  const rows = server!.query(
    [
      "DROP TABLE IF EXISTS customers;",
      createTableSql("customers", PARITY_FIELDS) + ";",
      `\\copy customers FROM '${csv}' WITH (FORMAT csv, HEADER true)`,
      `SELECT row_to_json(m) FROM (\n${script.replace(/;\s*$/, "")}\n) m;`,
    ].join("\n")
  );
  return compareRows(engineRows(customers, PARITY_FIELDS, settings), rows);
}

maybe("the compiled model on PostgreSQL equals the engine, customer by customer", () => {
  it("with the default settings (10,000 customers)", () => {
    const result = parity(DEFAULT_SETTINGS);
    expect(result.differences).toEqual([]);
    expect(result.compared).toBe(10_000 * 30);
  });

  it("with 5P, rank-based RFM on the rules preset, and Altman mixed in", () => {
    const parsed = parseSettings({
      tiers: { rfm: { method: "rank", segmentPreset: "rules" } },
      credit: { method: "5P", altman: { mixIn: true }, reasonCount: 4 },
    });
    expect(parity(parsed.settings!).differences).toEqual([]);
  });
});
