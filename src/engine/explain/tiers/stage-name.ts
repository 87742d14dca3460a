import type { Localized } from "../../../i18n/lang";
import type { RelationshipStage } from "../../models/tiers/relationship-stage";

const NAMES: Record<RelationshipStage, Localized> = {
  exploration: { "zh-CN": "考察期", "en-US": "exploration (考察期)" },
  formation: { "zh-CN": "形成期", "en-US": "formation (形成期)" },
  stability: { "zh-CN": "稳定期", "en-US": "stability (稳定期)" },
  decline: { "zh-CN": "退化期", "en-US": "decline (退化期)" },
};

/** A relationship stage's name; English keeps the Chinese term that trainers teach. */
export function stageName(stage: RelationshipStage): Localized {
  return NAMES[stage];
}
