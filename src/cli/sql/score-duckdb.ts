import * as fs from "node:fs";
import * as path from "node:path";
import type { CliIo } from "../io";
import type { Lang } from "../../i18n/lang";
import { cliText } from "../../i18n/cli";
import { CliError } from "../cli-error";
import { localized } from "../localized";
import { displayPath } from "../display-path";
import { isoFromDay, type Day } from "../../engine/day";
import type { Settings } from "../../engine/settings";
import { compileModelSql } from "../../engine/sql/compile-model-sql";
import { sqlIdentifier, sqlString } from "../../engine/sql/sql-literal";
import { buildHeaderMatcher } from "../../engine/table/match-header";
import { ENTERPRISE_TEMPLATE } from "../../engine/template/enterprise";
import { openDuckDb, plain, type SqlRow } from "./run-duckdb";
import { customerJsonFromSql } from "./customer-json-from-sql";

export interface DuckDbScoreOptions {
  settings: Settings;
  asOf: Day;
  /** -o: a .csv or .parquet file for the results; null = none. */
  output: string | null;
  json: boolean;
  lang: Lang;
}

type FileKind = "csv" | "parquet";

function kindOf(file: string): FileKind | null {
  const ext = path.extname(file).toLowerCase();
  return ext === ".csv" ? "csv" : ext === ".parquet" ? "parquet" : null;
}

/** DuckDB's message without its own stack or hints, for the user. */
function duckDbFailure(error: unknown): CliError {
  const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
  return new CliError(localized((t) => t.duckdbFailed(reason)));
}

/**
 * `tiersheet score FILE --engine duckdb`: the compiled model (engine/sql) run by embedded DuckDB on
 * a CSV or Parquet file larger than memory. Headers are matched to field ids as the engine matches
 * them (titles, aliases); values must already be typed (the generous readers are not in SQL). The
 * results go to -o (.csv or .parquet) and, with --json, to stdout in chunks in `score --json`'s
 * shape for the compiled fields; DuckDB spills to a temporary folder beside the output past 1 GB.
 */
export async function scoreWithDuckDb(
  file: string,
  io: CliIo,
  options: DuckDbScoreOptions
): Promise<number> {
  const input = path.resolve(io.cwd, file);
  const inputKind = kindOf(input);
  if (inputKind === null) throw new CliError(localized((t) => t.duckdbInputKind(file)));
  if (!fs.existsSync(input)) throw new CliError(localized((t) => t.duckdbMissing(file)));
  const outputKind = options.output === null ? null : kindOf(options.output);
  if (options.output !== null && outputKind === null)
    throw new CliError(localized((t) => t.duckdbOutputKind(displayPath(options.output!, io.cwd))));
  const started = Date.now();
  const spill = fs.mkdtempSync(
    path.join(path.dirname(options.output ?? input), ".tiersheet-duckdb-")
  );
  const db = await openDuckDb({
    config: { memory_limit: "1GB", temp_directory: spill, preserve_insertion_order: "false" },
  }).catch((error: unknown) => {
    fs.rmSync(spill, { recursive: true, force: true });
    throw duckDbFailure(error);
  });
  try {
    const reader =
      inputKind === "csv"
        ? `read_csv(${sqlString(input)}, header = true)`
        : `read_parquet(${sqlString(input)})`;
    const described = await db.connection
      .runAndReadAll(`DESCRIBE SELECT * FROM ${reader}`)
      .catch((error: unknown) => {
        throw duckDbFailure(error);
      });
    const match = buildHeaderMatcher(ENTERPRISE_TEMPLATE);
    const fields = new Map<string, string>();
    for (const row of described.getRowObjectsJS()) {
      const label = String(row.column_name);
      const field = match(label);
      if (field !== null && !fields.has(field)) fields.set(field, label);
    }
    if (!fields.has("customer_id"))
      throw new CliError(localized((t) => t.duckdbNoCustomerId(file)));
    const select = [...fields].map(
      ([field, label]) => `${sqlIdentifier(label)} AS ${sqlIdentifier(field)}`
    );
    await db.connection.run(`CREATE VIEW customers AS SELECT ${select.join(", ")} FROM ${reader}`);
    const script = compileModelSql(options.settings, {
      dialect: "duckdb",
      asOf: options.asOf,
      columns: [...fields.keys()],
    }).replace(/;\s*$/, "");
    const run = async <T>(work: () => Promise<T>): Promise<T> => {
      try {
        return await work();
      } catch (error) {
        throw duckDbFailure(error);
      }
    };
    let customers = 0;
    if (options.output !== null) {
      const format = outputKind === "csv" ? "FORMAT csv, HEADER true" : "FORMAT parquet";
      await run(() => db.connection.run(`CREATE TABLE scored AS ${script}`));
      await run(() =>
        db.connection.run(`COPY scored TO ${sqlString(options.output!)} (${format})`)
      );
      const counted = await run(() =>
        db.connection.runAndReadAll("SELECT count(*) AS n FROM scored")
      );
      customers = Number(plain(counted.getRowObjectsJS()[0].n));
    }
    if (options.json) {
      const source = options.output !== null ? "SELECT * FROM scored" : script;
      customers = await run(() => writeJson(db.connection, source, options, io));
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    io.err(cliText(options.lang).duckdbDone(customers, seconds) + "\n");
    if (options.output !== null && !options.json)
      io.out(cliText(options.lang).wrote(displayPath(options.output, io.cwd)) + "\n");
    return 0;
  } finally {
    db.close();
    fs.rmSync(spill, { recursive: true, force: true });
  }
}

/** Streams the rows as `score --json` does, a chunk of DuckDB's rows at a time. */
async function writeJson(
  connection: import("@duckdb/node-api").DuckDBConnection,
  sql: string,
  options: DuckDbScoreOptions,
  io: CliIo
): Promise<number> {
  const result = await connection.stream(sql);
  let count = 0;
  let measure: string | null = null;
  let opened = false;
  const open = () => {
    const head = {
      asOf: isoFromDay(options.asOf),
      settingsVersion: options.settings.version,
      engine: "duckdb",
      valueMeasure: measure,
    };
    io.out(JSON.stringify(head).slice(0, -1) + ',"customers":[');
    opened = true;
  };
  for await (const rows of result.yieldRowObjectJs()) {
    if (rows.length === 0) continue;
    const plainRows = rows.map((row) => {
      const out: SqlRow = {};
      for (const [key, value] of Object.entries(row)) out[key] = plain(value);
      return out;
    });
    if (!opened) {
      measure = (plainRows[0].value_measure as string | null) ?? null;
      open();
    }
    const text = JSON.stringify(plainRows.map((r) => customerJsonFromSql(r, options.settings)));
    io.out((count === 0 ? "" : ",") + text.slice(1, -1));
    count += rows.length;
    await (io.drained?.() ?? Promise.resolve());
  }
  if (!opened) open();
  io.out("]}\n");
  return count;
}
