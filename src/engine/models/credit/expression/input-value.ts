import type { Day } from "../../../day";
import type { Customer } from "../../customer";
import type { CreditSettings } from "../credit-settings";
import { inputReader } from "./input-reader";

/**
 * The value of one name an expression may read, for one customer on one as-of date, as
 * inputReader reads it; undefined for a name that is not one of them. Scoring many customers
 * prepares each reader once instead (compile-expression.ts).
 */
export function inputValue(
  name: string,
  customer: Customer,
  asOf: Day,
  settings: Pick<CreditSettings, "minMonthsForAverageSales" | "altman">
): number | null | undefined {
  return inputReader(name, settings)?.(customer, asOf);
}
