/** One result row with DuckDB's values made plain: BIGINT as number, NULL as null. */
export type SqlRow = Record<string, string | number | boolean | null>;

export function plain(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  return String(value);
}

/** A DuckDB connection of our own, and how to let it go. */
export interface OpenDuckDb {
  connection: import("@duckdb/node-api").DuckDBConnection;
  close(): void;
}

/**
 * Opens an in-memory DuckDB (or the database file at `path`) with the given settings, e.g.
 * memory_limit. @duckdb/node-api is loaded here, when asked for: no other command, and never the
 * task pane, pays for it.
 */
export async function openDuckDb(
  options: { path?: string; config?: Record<string, string> } = {}
): Promise<OpenDuckDb> {
  const duckdb = await import("@duckdb/node-api");
  const instance = await duckdb.DuckDBInstance.create(options.path ?? ":memory:", options.config);
  const connection = await instance.connect();
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * Runs statements on a fresh in-memory DuckDB (or the file at `path`) and returns the last one's
 * rows, read whole: for tests and small results.
 */
export async function runDuckDb(
  statements: readonly string[],
  options: { path?: string; threads?: number } = {}
): Promise<SqlRow[]> {
  const config: Record<string, string> = {};
  if (options.threads) config.threads = String(options.threads);
  const { connection, close } = await openDuckDb({ path: options.path, config });
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
    close();
  }
}
