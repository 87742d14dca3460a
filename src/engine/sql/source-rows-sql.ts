import { isoFromDay } from "../day";
import { columnKind } from "./model-columns";
import type { SqlCte, SqlModelContext } from "./sql-cte";
import { sqlIdentifier } from "./sql-literal";

const EPOCH = "DATE '1970-01-01'";

/** The as-of date as SQL: the compiled date, or the database's date when the script runs. */
export function asOfSql(ctx: SqlModelContext): string {
  return ctx.asOf === null ? "CURRENT_DATE" : `DATE '${isoFromDay(ctx.asOf)}'`;
}

/**
 * The source rows with the model's columns typed as the engine reads them (domain.md §2): numbers
 * as doubles, dates as whole days since 1970-01-01 (the engine's Day, so date arithmetic is
 * integer arithmetic), text as text, and the as-of date as a day too. A column the source lacks
 * reads as NULL, as a field missing from a sheet does.
 */
export function sourceRowsCte(ctx: SqlModelContext, columns: readonly string[]): SqlCte {
  const lines = columns.map((field) => {
    const present = ctx.columns === null || ctx.columns.has(field);
    const source = present ? sqlIdentifier(field) : "NULL";
    const name = sqlIdentifier(field);
    switch (columnKind(field)) {
      case "number":
        return `CAST(${source} AS DOUBLE PRECISION) AS ${name}`;
      case "date":
        return `CAST(CAST(${source} AS DATE) - ${EPOCH} AS INTEGER) AS ${name}`;
      default:
        return `CAST(${source} AS TEXT) AS ${name}`;
    }
  });
  lines.push(`CAST(${asOfSql(ctx)} - ${EPOCH} AS INTEGER) AS as_of`);
  return {
    name: "source_rows",
    section: "domain.md §2 The customer file",
    why: "the template's fields by id, typed; dates as day numbers (days since 1970-01-01)",
    body: `SELECT\n    ${lines.join(",\n    ")}\n  FROM ${ctx.source}`,
  };
}
