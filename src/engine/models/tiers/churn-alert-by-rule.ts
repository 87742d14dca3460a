import type { Day } from "../../day";
import type { Customer } from "../customer";
import { churnAlert } from "./churn-alert";
import { hasNoPurchase } from "./no-purchase";
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
  if (settings.rule === "p-alive" && !Number.isNaN(pAlive) && !hasNoPurchase(customer)) {
    return { alert: pAlive < settings.pAliveBelow, usedPAlive: true };
  }
  return { alert: churnAlert(customer, asOf, settings), usedPAlive: false };
}
