import type { FittedVariable } from "../../models/scorecard/fit-scorecard";
import type { Lang } from "../../../i18n/lang";
import { scorecardText } from "../../../i18n/scorecard";

/** Why a variable is in the scorecard or not, as a sentence in `lang`. */
export function verdictText(variable: FittedVariable, lang: Lang): string {
  const verdict = scorecardText(lang).verdict;
  switch (variable.verdict) {
    case "low-iv":
      return verdict["low-iv"]((variable.iv ?? 0).toFixed(4));
    case "sign":
      return verdict.sign((variable.droppedCoefficient ?? 0).toFixed(4));
    default:
      return verdict[variable.verdict]();
  }
}
