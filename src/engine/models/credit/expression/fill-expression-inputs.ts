import type { Day } from "../../../day";
import type { Customer } from "../../customer";
import type { CreditSettings } from "../credit-settings";
import { EXPRESSION_NAMES } from "./expression-names";
import { inputValue } from "./input-value";

/**
 * Writes the value of each of `names` (by default every name an expression may read) for one
 * customer on one as-of date into `target`, as inputValue gives it, and returns `target`. Each
 * name is written every time, so one object can serve a whole sheet of customers in turn; a
 * scorecard passes only the names its expressions read.
 */
export function fillExpressionInputs(
  target: Record<string, number | null>,
  customer: Customer,
  asOf: Day,
  settings: Pick<CreditSettings, "minMonthsForAverageSales" | "altman">,
  names: readonly string[] = EXPRESSION_NAMES
): Record<string, number | null> {
  for (const name of names) {
    const value = inputValue(name, customer, asOf, settings);
    if (value !== undefined) target[name] = value;
  }
  return target;
}
