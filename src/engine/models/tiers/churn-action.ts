import type { LifecycleStatus } from "./lifecycle";

/**
 * What a churn alert asks of sales: "call" while the customer is overdue but still active (the call
 * list), "win-back" once the customer has churned (domain.md §4: alerts apply to churned customers
 * too, but they need a different conversation). Null without an alert.
 */
export type ChurnAction = "call" | "win-back";

export function churnAction(tiers: {
  churnAlert: boolean | null;
  lifecycle: LifecycleStatus | null;
}): ChurnAction | null {
  if (tiers.churnAlert !== true) return null;
  return tiers.lifecycle === "Churned" ? "win-back" : "call";
}
