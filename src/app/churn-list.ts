import { isoFromDay } from "../engine/day";
import type { ChurnAction } from "../engine/models/tiers/churn-action";
import { callListRows } from "../engine/plan/call-list-rows";
import type { ScoreRun } from "../engine/score-workbook";
import type { WorkbookHost } from "../hosts/host";
import type { Lang } from "../i18n/lang";
import { planText } from "../i18n/plan";

/**
 * Writes the full call list (or win-back list) to a new sheet of its own, never over a user's
 * sheet; resolves to the name the sheet got, or null where the host cannot add sheets.
 */
export async function writeChurnList(
  host: WorkbookHost,
  run: ScoreRun,
  action: ChurnAction,
  lang: Lang
): Promise<string | null> {
  if (!host.writeSheet) return null;
  const t = planText(lang).callList;
  const name = `${action === "call" ? t.sheetCall : t.sheetWinBack} ${isoFromDay(run.asOf)}`;
  return host.writeSheet(name, callListRows(run, action, lang));
}
