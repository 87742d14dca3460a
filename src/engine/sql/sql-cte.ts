import type { Day } from "../day";
import type { Settings } from "../settings";
import type { SqlDialect } from "./sql-dialect";

/** One step of the compiled script: a CTE, the domain.md section it implements, and why it is there. */
export interface SqlCte {
  name: string;
  /** e.g. "domain.md §4 ABC / Pareto". */
  section: string;
  /** One line on what the step decides, for the comment above it. */
  why: string;
  /** The SELECT inside `name AS (...)`. */
  body: string;
}

/** What every rule's builder compiles from. */
export interface SqlModelContext {
  dialect: SqlDialect;
  settings: Settings;
  /** The as-of date; null = the database's CURRENT_DATE when the script runs. */
  asOf: Day | null;
  /** The source table, already quoted (sqlTableName). */
  source: string;
  /** Columns the source table has; null = every column the model reads. Absent ones read as NULL. */
  columns: ReadonlySet<string> | null;
}
