import type { Settings } from "../../engine/settings";
import type { TierSettings } from "../../engine/models/tiers/tier-settings";

export type ClvModel = TierSettings["clv"]["model"];
export type ChurnRule = TierSettings["churnAlert"]["rule"];

export const CLV_MODELS: readonly ClvModel[] = ["deterministic", "bgnbd"];
export const CHURN_RULES: readonly ChurnRule[] = ["gap", "p-alive"];

/**
 * Settings with the lifetime value model chosen. Back to "deterministic", a churn rule by P(alive)
 * goes back to "gap" too: P(alive) comes only from the BG/NBD fit, and parseSettings would refuse
 * the pair, leaving the user with an error for a choice they did not make.
 */
export function withClvModel(s: Settings, model: ClvModel): Settings {
  const churnAlert =
    model === "deterministic" && s.tiers.churnAlert.rule === "p-alive"
      ? { ...s.tiers.churnAlert, rule: "gap" as const }
      : s.tiers.churnAlert;
  return { ...s, tiers: { ...s.tiers, clv: { ...s.tiers.clv, model }, churnAlert } };
}

/** Settings with the churn rule chosen ("p-alive" is offered only with the bgnbd model). */
export function withChurnRule(s: Settings, rule: ChurnRule): Settings {
  return { ...s, tiers: { ...s.tiers, churnAlert: { ...s.tiers.churnAlert, rule } } };
}

/** Settings with the P(alive) threshold changed; parseSettings judges the value. */
export function withPAliveBelow(s: Settings, pAliveBelow: number): Settings {
  return { ...s, tiers: { ...s.tiers, churnAlert: { ...s.tiers.churnAlert, pAliveBelow } } };
}
