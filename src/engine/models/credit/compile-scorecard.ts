import { categoryMatcher, type CategoryMatcher } from "./category-matcher";
import type {
  CategoryIndicatorSetting,
  CreditSettings,
  CurveIndicatorSetting,
  DimensionSetting,
  IndicatorSetting,
  ScorecardSetting,
} from "./credit-settings";
import type { ExpressionNode } from "./expression/expression-ast";
import { compileExpression } from "./expression/compile-expression";
import { inputReader, type InputReader } from "./expression/input-reader";
import { parseExpression } from "./expression/parse-expression";
import { presetScorecard } from "./presets";
import { weighScorecard } from "./credit-weights";
import { ScorecardError } from "./scorecard-issue";
import { validateScorecard } from "./validate-scorecard";

export interface CompiledCurveIndicator {
  setting: CurveIndicatorSetting;
  /** The parsed expression. */
  tree: ExpressionNode;
  /** The expression as a function of a customer and the as-of date; null = no data. */
  value: InputReader;
}

export interface CompiledCategoryIndicator {
  setting: CategoryIndicatorSetting;
  tree: null;
  /** The category the customer's text field falls in; undefined = no data. */
  category: CategoryMatcher;
}

export type CompiledIndicator = CompiledCurveIndicator | CompiledCategoryIndicator;

export interface CompiledDimension extends Omit<DimensionSetting, "indicators"> {
  indicators: CompiledIndicator[];
}

export interface CompiledScorecard extends Omit<ScorecardSetting, "dimensions"> {
  dimensions: CompiledDimension[];
}

function compileIndicator(setting: IndicatorSetting, settings: CreditSettings): CompiledIndicator {
  if (setting.kind === "category") {
    return { setting, tree: null, category: categoryMatcher(setting) };
  }
  const tree = parseExpression(setting.expression);
  return {
    setting,
    tree,
    value: compileExpression(tree, (name) => inputReader(name, settings)),
  };
}

/**
 * The settings' scorecard (presets.ts), validated, with its expressions parsed and compiled and its
 * categories indexed once. Throws a ScorecardError listing every issue, each with its own bilingual
 * message.
 */
export function compileScorecard(settings: CreditSettings): CompiledScorecard {
  const preset = presetScorecard(settings);
  const { scorecard, issues } = weighScorecard(preset.scorecard, settings.weights);
  const all = [...preset.issues, ...issues, ...validateScorecard(scorecard)];
  if (all.length > 0) throw new ScorecardError(all);
  return {
    id: scorecard.id,
    name: scorecard.name,
    dimensions: scorecard.dimensions.map((d) => ({
      id: d.id,
      name: d.name,
      weight: d.weight,
      indicators: d.indicators.map((setting) => compileIndicator(setting, settings)),
    })),
  };
}
