import { isoFromDay } from "../day";
import { churnAction, type ChurnAction } from "../models/tiers/churn-action";
import type { ScoreRun } from "../score-workbook";
import type { CellValue } from "../table/cell";
import type { Lang } from "../../i18n/lang";
import { planText } from "../../i18n/plan";
import { filterScoredCustomers } from "../scored-customers";

/**
 * The churn list as sheet rows (header first): every customer with the given action, largest value
 * at risk first, with what a salesperson needs for the call: who, the account manager, how long
 * since the last purchase, and the row to find them in the customer sheet.
 */
export function callListRows(run: ScoreRun, action: ChurnAction, lang: Lang): CellValue[][] {
  const t = planText(lang).callList;
  const rows = filterScoredCustomers(run, (c) => churnAction(c.tiers) === action)
    .sort(
      (a, b) =>
        (b.tiers.value ?? -Infinity) - (a.tiers.value ?? -Infinity) ||
        a.customer.row - b.customer.row
    )
    .map(({ customer, tiers }): CellValue[] => [
      customer.customer_id,
      customer.name,
      customer.sales_rep,
      tiers.value,
      customer.last_purchase === null ? null : isoFromDay(customer.last_purchase),
      customer.last_purchase === null ? null : run.asOf - customer.last_purchase,
      tiers.abc,
      customer.row,
    ]);
  return [t.header, ...rows];
}
