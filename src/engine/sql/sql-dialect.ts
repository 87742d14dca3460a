/** The SQL engines the model compiles for; each was run by the parity tests (domain.md §4-5). */
export type SqlDialect = "duckdb" | "postgres";

export const SQL_DIALECTS: readonly SqlDialect[] = ["duckdb", "postgres"];

/**
 * Integer division truncating towards zero: DuckDB's `/` divides integers as doubles and has `//`
 * for this; PostgreSQL's `/` already truncates integers.
 */
export function sqlIntDiv(dialect: SqlDialect, left: string, right: string): string {
  return dialect === "duckdb" ? `((${left}) // (${right}))` : `((${left}) / (${right}))`;
}

/**
 * A text expression ordered by Unicode code points, the engine's tie-break for ids (domain.md §8).
 * DuckDB compares text byte by byte by default, and UTF-8 bytes order as code points do; PostgreSQL
 * orders by the database's locale unless told to use "C" (bytes) in a UTF-8 database.
 */
export function sqlCodePointOrder(dialect: SqlDialect, text: string): string {
  return dialect === "postgres" ? `${text} COLLATE "C"` : text;
}
