import type { Day } from "../day";
import type { Table } from "../table/table";
import type { Template } from "../template/types";
import type { Finding } from "./finding";

/** What a validation needs besides the table and template; the as-of date is always given. */
export interface ValidateContext {
  asOf: Day;
  /** A record whose last_updated is more than this many days before asOf is stale; default 365. */
  staleDays?: number;
  /** Optional fields a model will use: a missing column is a warning (missing-label). */
  neededFields?: string[];
}

export const DEFAULT_STALE_DAYS = 365;

/** One check of domain.md §3: a pure function of the table, template and context. */
export type Check = (table: Table, template: Template, context: ValidateContext) => Finding[];
