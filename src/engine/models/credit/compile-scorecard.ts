import type {
  CreditSettings,
  DimensionSetting,
  IndicatorSetting,
  ScorecardSetting,
} from "./credit-settings";
import type { ExpressionNode } from "./expression/expression-ast";
import { parseExpression } from "./expression/parse-expression";
import { presetScorecard } from "./presets";
import { ScorecardError } from "./scorecard-issue";
import { validateScorecard } from "./validate-scorecard";

export interface CompiledIndicator {
  setting: IndicatorSetting;
  /** The parsed expression of a curve indicator; null for a category indicator. */
  tree: ExpressionNode | null;
}

export interface CompiledDimension extends Omit<DimensionSetting, "indicators"> {
  indicators: CompiledIndicator[];
}

export interface CompiledScorecard extends Omit<ScorecardSetting, "dimensions"> {
  dimensions: CompiledDimension[];
}

/**
 * The settings' scorecard (presets.ts), validated and with its expressions parsed once. Throws a
 * ScorecardError listing every issue, each with its own bilingual message.
 */
export function compileScorecard(settings: CreditSettings): CompiledScorecard {
  const { scorecard, issues } = presetScorecard(settings);
  const all = [...issues, ...validateScorecard(scorecard)];
  if (all.length > 0) throw new ScorecardError(all);
  return {
    id: scorecard.id,
    name: scorecard.name,
    dimensions: scorecard.dimensions.map((d) => ({
      id: d.id,
      name: d.name,
      weight: d.weight,
      indicators: d.indicators.map((setting) => ({
        setting,
        tree: setting.kind === "curve" ? parseExpression(setting.expression) : null,
      })),
    })),
  };
}
