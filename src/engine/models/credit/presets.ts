import type { Localized } from "../../../i18n/lang";
import type {
  CreditSettings,
  DimensionSetting,
  IndicatorSetting,
  ScorecardSetting,
} from "./credit-settings";
import type { ScorecardIssue } from "./scorecard-issue";

const both = (zh: string, en: string): Localized => ({ "zh-CN": zh, "en-US": en });

/** The Altman dimension added when settings.altman.mixIn is on; its indicator reads the derived name altman_z. */
function altmanDimension(settings: CreditSettings): DimensionSetting {
  return {
    id: "altman",
    name: both("Altman Z''", "Altman Z''"),
    weight: settings.altman.mixWeight,
    indicators: [
      {
        id: "altman_z",
        name: both("Altman Z'' 值", "Altman Z''"),
        kind: "curve",
        expression: "altman_z",
        curve: settings.altman.mixCurve,
        unit: "ratio",
      },
    ],
  };
}

function regroup5P(settings: CreditSettings): {
  scorecard: ScorecardSetting;
  issues: ScorecardIssue[];
} {
  const byId = new Map<string, IndicatorSetting>();
  for (const d of settings.scorecard5C.dimensions) for (const i of d.indicators) byId.set(i.id, i);
  const issues: ScorecardIssue[] = [];
  const placed = new Set<string>();
  const preset = settings.preset5P;
  const dimensions = preset.dimensions.map((group, g): DimensionSetting => {
    const indicators: IndicatorSetting[] = [];
    group.indicatorIds.forEach((id, k) => {
      const path = `preset5P.dimensions[${g}].indicatorIds[${k}]`;
      const indicator = byId.get(id);
      if (!indicator) {
        issues.push({
          path,
          message: both(
            `5P 维度“${group.id}”引用了 5C 评分卡中不存在的指标“${id}”`,
            `5P dimension '${group.id}' names indicator '${id}', which the 5C scorecard does not have`
          ),
        });
      } else if (placed.has(id)) {
        issues.push({
          path,
          message: both(
            `指标“${id}”在 5P 中出现了两次`,
            `indicator '${id}' is in two 5P dimensions`
          ),
        });
      } else {
        placed.add(id);
        indicators.push(indicator);
      }
    });
    return { id: group.id, name: group.name, weight: group.weight, indicators };
  });
  for (const id of byId.keys()) {
    if (!placed.has(id)) {
      issues.push({
        path: "preset5P",
        message: both(
          `5C 指标“${id}”不在任何 5P 维度中`,
          `5C indicator '${id}' is in no 5P dimension`
        ),
      });
    }
  }
  return { scorecard: { id: preset.id, name: preset.name, dimensions }, issues };
}

/**
 * The scorecard the settings' method asks for: the 5C scorecard; the 5P regrouping of its
 * indicators (each 5C indicator in exactly one 5P dimension, or an issue says which is not); or
 * the custom scorecard. With settings.altman.mixIn, an "altman" dimension is added. Issues here
 * are about the choice and the regrouping; validate-scorecard.ts checks the scorecard itself.
 */
export function presetScorecard(settings: CreditSettings): {
  scorecard: ScorecardSetting;
  issues: ScorecardIssue[];
} {
  let chosen: { scorecard: ScorecardSetting; issues: ScorecardIssue[] };
  if (settings.method === "5P") {
    chosen = regroup5P(settings);
  } else if (settings.method === "custom") {
    chosen = settings.custom
      ? { scorecard: settings.custom, issues: [] }
      : {
          scorecard: {
            id: "custom",
            name: both("自定义评分卡", "Custom scorecard"),
            dimensions: [],
          },
          issues: [
            {
              path: "custom",
              message: both(
                "已选择自定义评分卡，但尚未定义",
                "the custom scorecard is chosen but not defined"
              ),
            },
          ],
        };
  } else {
    chosen = { scorecard: settings.scorecard5C, issues: [] };
  }
  if (!settings.altman.mixIn) return chosen;
  return {
    scorecard: {
      ...chosen.scorecard,
      dimensions: [...chosen.scorecard.dimensions, altmanDimension(settings)],
    },
    issues: chosen.issues,
  };
}
