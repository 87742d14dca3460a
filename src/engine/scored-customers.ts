import { customerAt, customerValue, fillCustomer } from "./models/customer-columns";
import { altmanZ } from "./models/credit/altman";
import { creditOutcomeAt } from "./models/credit/credit-columns";
import type { CreditOutcome } from "./models/credit/credit-result";
import { emptyCustomer } from "./models/empty-customer";
import type { CustomerTiers } from "./models/tiers/score-tiers";
import { tiersAt } from "./models/tiers/tier-columns";
import type { ScoredCustomer, ScoreRun } from "./score-workbook";

/*
 * The only way into a run's per-customer results. A run keeps its results as columns (design.md:
 * data is columnar); these build one customer's object when a view, a sheet row or a JSON record
 * needs it, so nothing outside the engine depends on how the columns are laid out.
 */

/** How many customers the run scored. */
export function scoredCount(run: Pick<ScoreRun, "customers">): number {
  return run.customers.length;
}

/** Customer i's results (input order), as one object. */
export function scoredCustomerAt(
  run: Pick<ScoreRun, "customers" | "settings">,
  i: number
): ScoredCustomer {
  const { inputs, tiers, credit } = run.customers;
  const customer = customerAt(inputs, i);
  return {
    customer,
    tiers: tiersAt(inputs, tiers, i),
    credit: creditOutcomeAt(credit, i),
    // Cheap and a function of the customer's own figures: computed again rather than kept.
    altman: altmanZ(customer, run.settings.credit.altman),
  };
}

/*
 * The parts of customer i's results alone, for the sheet rows that show one part: a row of a
 * million-customer sheet then builds only what it shows.
 */

/** Customer i's tiers (with its id and sheet row). */
export function scoredTiersAt(run: Pick<ScoreRun, "customers">, i: number): CustomerTiers {
  return tiersAt(run.customers.inputs, run.customers.tiers, i);
}

/** Customer i's credit outcome. */
export function scoredCreditAt(run: Pick<ScoreRun, "customers">, i: number): CreditOutcome {
  return creditOutcomeAt(run.customers.credit, i);
}

/** Customer i's name as read (null when empty). */
export function scoredNameAt(run: Pick<ScoreRun, "customers">, i: number): string | null {
  const name = customerValue(run.customers.inputs, "name", i);
  return name === null ? null : String(name);
}

/**
 * Customer i with its credit outcome and Altman Z'', the customer refilled into one record that the
 * next call reuses: read what a row needs and keep none of it.
 */
export function creditRowReader(
  run: Pick<ScoreRun, "customers" | "settings">
): (i: number) => Pick<ScoredCustomer, "customer" | "credit" | "altman"> {
  const { inputs, credit } = run.customers;
  const customer = emptyCustomer("", 0);
  return (i) => {
    fillCustomer(inputs, i, customer);
    return {
      customer,
      credit: creditOutcomeAt(credit, i),
      altman: altmanZ(customer, run.settings.credit.altman),
    };
  };
}

/** Every scored customer in input order, one object at a time. */
export function* eachScoredCustomer(
  run: Pick<ScoreRun, "customers" | "settings">
): IterableIterator<ScoredCustomer> {
  const n = scoredCount(run);
  for (let i = 0; i < n; i++) yield scoredCustomerAt(run, i);
}

/** The index of the customer read from sheet row `row`, or -1 when no customer came from it. */
export function scoredIndexOfRow(run: Pick<ScoreRun, "customers">, row: number): number {
  const rows = run.customers.inputs.rows;
  for (let i = 0; i < rows.length; i++) if (rows[i] === row) return i;
  return -1;
}

/** The first scored customer (input order) for which `test` holds, or null. */
export function findScoredCustomer(
  run: Pick<ScoreRun, "customers" | "settings">,
  test: (scored: ScoredCustomer) => boolean
): ScoredCustomer | null {
  for (const scored of eachScoredCustomer(run)) if (test(scored)) return scored;
  return null;
}

/** The scored customers for which `test` holds, in input order. */
export function filterScoredCustomers(
  run: Pick<ScoreRun, "customers" | "settings">,
  test: (scored: ScoredCustomer) => boolean
): ScoredCustomer[] {
  const out: ScoredCustomer[] = [];
  for (const scored of eachScoredCustomer(run)) if (test(scored)) out.push(scored);
  return out;
}

/** How many scored customers `test` holds for. */
export function countScoredCustomers(
  run: Pick<ScoreRun, "customers" | "settings">,
  test: (scored: ScoredCustomer) => boolean
): number {
  let count = 0;
  for (const scored of eachScoredCustomer(run)) if (test(scored)) count++;
  return count;
}
