import type { Day } from "../../../day";
import type { Customer } from "../../customer";
import type { CreditSettings } from "../credit-settings";
import { EXPRESSION_NAMES } from "./expression-names";
import { inputReader } from "./input-reader";

/** The values an expression may read, by (lower-case) name; null = no data. */
export type ExpressionInputs = Readonly<Record<string, number | null>>;

/**
 * Every name an expression may read (expression-names.ts), for one customer on one as-of date,
 * as inputReader reads it: number fields as they are, dates as Days, and the derived names; a
 * derived name is null when an input it needs is. For showing a customer's inputs; scoring reads
 * only the names a scorecard uses, through readers prepared once (compile-expression.ts).
 */
export function expressionInputs(
  customer: Customer,
  asOf: Day,
  settings: Pick<CreditSettings, "minMonthsForAverageSales" | "altman">
): ExpressionInputs {
  const inputs: Record<string, number | null> = {};
  for (const name of EXPRESSION_NAMES) {
    const read = inputReader(name, settings);
    if (read) inputs[name] = read(customer, asOf);
  }
  return inputs;
}
