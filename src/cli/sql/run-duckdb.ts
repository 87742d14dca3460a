/** One result row with DuckDB's values made plain: BIGINT as number, NULL as null. */
export type SqlRow = Record<string, string | number | boolean | null>;

function plain(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  return String(value);
}

/**
 * Runs statements on a fresh in-memory DuckDB and returns the last one's rows. @duckdb/node-api is
 * loaded here, when asked for, so that no other command (and never the task pane) pays for it.
 * `path` opens a database file instead of memory.
 */
export async function runDuckDb(
  statements: readonly string[],
  options: { path?: string; threads?: number } = {}
): Promise<SqlRow[]> {
  const duckdb = await import("@duckdb/node-api");
  const config: Record<string, string> = {};
  if (options.threads) config.threads = String(options.threads);
  const instance = await duckdb.DuckDBInstance.create(options.path ?? ":memory:", config);
  const connection = await instance.connect();
  try {
    let rows: SqlRow[] = [];
    for (const statement of statements) {
      const reader = await connection.runAndReadAll(statement);
      rows = reader.getRowObjectsJS().map((row) => {
        const out: SqlRow = {};
        for (const [key, value] of Object.entries(row)) out[key] = plain(value);
        return out;
      });
    }
    return rows;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
