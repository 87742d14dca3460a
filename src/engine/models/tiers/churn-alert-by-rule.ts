import type { Day } from "../../day";
import type { Customer } from "../customer";
import { churnAlert } from "./churn-alert";
import { noPurchaseOf } from "./no-purchase";
import type { TierSettings } from "./tier-settings";

/**
 * The churn alert under the settings' rule. "gap": churnAlert's 2x-gap rule. "p-alive": on when the
 * customer's P(alive) from the fitted BG/NBD is below pAliveBelow; a customer without one (the fit
 * was refused, or no purchase of theirs is in the purchases the model saw) keeps the gap rule, so no
 * buyer silently loses the alert. Never for prospects. `usedPAlive` says which rule decided.
 */
export function churnAlertByRule(
  customer: Pick<Customer, "orders" | "first_purchase" | "last_purchase">,
  asOf: Day,
  settings: TierSettings["churnAlert"],
  pAlive: number
): { alert: boolean | null; usedPAlive: boolean } {
  const usedPAlive = decidesByPAlive(
    settings,
    pAlive,
    customer.orders ?? NaN,
    customer.last_purchase ?? NaN
  );
  if (usedPAlive) return { alert: pAlive < settings.pAliveBelow, usedPAlive };
  return { alert: churnAlert(customer, asOf, settings), usedPAlive };
}

/** Whether P(alive) decides the alert (see churnAlertByRule), on figures with NaN for empty. */
export function decidesByPAlive(
  settings: TierSettings["churnAlert"],
  pAlive: number,
  orders: number,
  lastPurchase: number
): boolean {
  return (
    settings.rule === "p-alive" && !Number.isNaN(pAlive) && !noPurchaseOf(orders, lastPurchase)
  );
}
