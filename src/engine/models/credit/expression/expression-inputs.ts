import type { Day } from "../../../day";
import type { Customer } from "../../customer";
import type { CreditSettings } from "../credit-settings";
import type { ExpressionInputs } from "./evaluate-expression";
import { fillExpressionInputs } from "./fill-expression-inputs";

/**
 * Every name an expression may read (expression-names.ts), for one customer on one as-of date:
 * number fields as they are, dates as Days, and the derived names (years as a customer and years
 * in business = days / 365, months = days x 12 / 365, average monthly sales as in
 * average-monthly-sales.ts, Altman Z''); a derived name is null when an input it needs is.
 * A fresh object; scoring a whole sheet reuses one through fillExpressionInputs instead.
 */
export function expressionInputs(
  customer: Customer,
  asOf: Day,
  settings: Pick<CreditSettings, "minMonthsForAverageSales" | "altman">
): ExpressionInputs {
  return fillExpressionInputs({}, customer, asOf, settings);
}
