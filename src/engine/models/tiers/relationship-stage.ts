import type { LifecycleStatus } from "./lifecycle";

/** 考察期 / 形成期 / 稳定期 / 退化期, the stages of the customer relationship taught in CRM courses. */
export type RelationshipStage = "exploration" | "formation" | "stability" | "decline";

/**
 * The relationship stage for teaching: Prospect = 考察期, First-time and Repeat = 形成期, Loyal =
 * 稳定期, and 退化期 whenever the customer churned or a churn alert is on.
 */
export function relationshipStage(
  status: LifecycleStatus | null,
  churnAlert: boolean | null
): RelationshipStage | null {
  if (status === "Prospect") return "exploration";
  if (status === "Churned" || churnAlert === true) return "decline";
  if (status === "Loyal") return "stability";
  if (status === "Repeat" || status === "First-time") return "formation";
  return null;
}
