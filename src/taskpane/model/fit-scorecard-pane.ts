import {
  fitScorecard,
  type FitResult,
  type ScorecardFit,
} from "../../engine/models/scorecard/fit-scorecard";
import { buildScorecardSheet } from "../../engine/plan/build-scorecard-sheet";
import type { WorkbookPlan } from "../../engine/plan/workbook-plan";
import type { Settings } from "../../engine/settings";
import { userSheets, type WorkbookData } from "../../engine/table/sheet";
import type { Lang } from "../../i18n/lang";

/**
 * Settings' "Fit a scorecard from an outcome column": the fit on a sheet of the workbook (the
 * first of the user's sheets when none is named); a sheet that is not there is a problem like the
 * fit's own, in both languages.
 */
export function fitOnWorkbook(
  workbook: WorkbookData,
  sheetName: string,
  target: string,
  holdout: boolean
): FitResult {
  const sheets = userSheets(workbook);
  const sheet = sheetName === "" ? sheets[0] : sheets.find((s) => s.name === sheetName);
  if (!sheet) {
    return {
      ok: false,
      problem: {
        code: "no-header",
        message: {
          "zh-CN": `工作簿中没有工作表“${sheetName}”。`,
          "en-US": `The workbook has no sheet "${sheetName}".`,
        },
      },
    };
  }
  return fitScorecard(sheet, { target, holdout });
}

/** The settings with the fitted scorecard chosen as the credit method (saved as any settings are). */
export function withFittedScorecard(settings: Settings, fit: ScorecardFit): Settings {
  return {
    ...settings,
    credit: { ...settings.credit, method: "statistical", statistical: fit.setting },
  };
}

/** The plan that writes (or rewrites) the Scorecard sheet alone. */
export function scorecardPlan(fit: ScorecardFit, lang: Lang): WorkbookPlan {
  return { sheets: [buildScorecardSheet(fit, lang)], highlights: [] };
}
