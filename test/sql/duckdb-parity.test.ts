import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runDuckDb } from "../../src/cli/sql/run-duckdb";
import { DEFAULT_SETTINGS, parseSettings, type Settings } from "../../src/engine/settings";
import { compileModelSql } from "../../src/engine/sql/compile-model-sql";
import { createTableSql, customersCsv } from "../support/customers-csv";
import {
  compareRows,
  engineRows,
  PARITY_AS_OF,
  PARITY_FIELDS,
  parityCustomers,
} from "../support/sql-parity";

const customers = parityCustomers(10_000, 19);
let dir: string;
let csv: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tiersheet-sql-"));
  csv = join(dir, "customers.csv");
  writeFileSync(csv, customersCsv(customers, PARITY_FIELDS));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function parity(settings: Settings) {
  const script = compileModelSql(settings, { dialect: "duckdb", asOf: PARITY_AS_OF });
  const rows = await runDuckDb([
    createTableSql("customers", PARITY_FIELDS),
    `COPY customers FROM '${csv.replace(/'/g, "''")}' (HEADER true)`,
    script,
  ]);
  return compareRows(engineRows(customers, PARITY_FIELDS, settings), rows);
}

function settingsWith(overrides: unknown): Settings {
  const parsed = parseSettings(overrides);
  if (parsed.settings === null) throw new Error(JSON.stringify(parsed.issues));
  return parsed.settings;
}

describe("the compiled model on DuckDB equals the engine, customer by customer", () => {
  it("with the default settings (10,000 customers)", async () => {
    const result = await parity(DEFAULT_SETTINGS);
    expect(result.differences).toEqual([]);
    expect(result.compared).toBe(10_000 * 30);
  });

  it("with 5P, rank-based RFM on the rules preset, and Altman mixed in", async () => {
    const settings = settingsWith({
      tiers: { rfm: { method: "rank", segmentPreset: "rules" } },
      credit: { method: "5P", altman: { mixIn: true }, reasonCount: 4 },
    });
    expect((await parity(settings)).differences).toEqual([]);
  });

  it("with explicit RFM breaks and other shares", async () => {
    const settings = settingsWith({
      tiers: {
        abc: { aShare: 0.7, bShare: 0.9 },
        pyramid: { vipShare: 0.02, majorShare: 0.07, ordinaryShare: 0.25 },
        rfm: { method: "explicit" },
        clv: { years: 3, retention: 0.7, discount: 0.08 },
      },
    });
    expect((await parity(settings)).differences).toEqual([]);
  });
});
