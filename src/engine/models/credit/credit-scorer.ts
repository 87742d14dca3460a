import type { Day } from "../../day";
import type { Table } from "../../table/table";
import type { Customer } from "../customer";
import { statisticalCreditScorer } from "../scorecard/statistical-credit";
import type { CreditResult } from "./credit-result";
import type { CreditSettings } from "./credit-settings";
import { scoreCredit } from "./scorecard";

/**
 * What scores each customer's credit by the settings' method: the fitted statistical scorecard
 * (which reads the customer's row of `table` by column title), else the 5C / 5P / custom scorecard.
 */
export function creditScorer(
  settings: CreditSettings,
  table: Table
): (customer: Customer, asOf: Day) => CreditResult {
  if (settings.method === "statistical") return statisticalCreditScorer(settings, table);
  return (customer, asOf) => scoreCredit(customer, asOf, settings);
}
