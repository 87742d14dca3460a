import type { Day } from "../engine/day";
import { scoreWorkbook, type ScoreRun, type ScoreStage } from "../engine/score-workbook";
import type { Settings } from "../engine/settings";
import type { WorkbookData } from "../engine/table/sheet";
import type { Template } from "../engine/template/types";
import type { Finding } from "../engine/validate/finding";

/** What a face asks to score: the date, the settings, and the sheet and template when chosen. */
export interface ScoreRequest {
  asOf: Day;
  settings: Settings;
  /** Undefined: the engine picks the customer sheet. */
  sheetName?: string;
  /** Undefined: detected from the headers. */
  template?: Template;
}

/** Why a workbook gives nothing to score. */
export type Unscorable =
  | { unscorable: "no-sheet" }
  /** No header row, or no customer id column: the finding says which, in the template's words. */
  | { unscorable: "no-header"; finding: Finding; template: Template };

/** A run, or the reason there is none to show or write. */
export type ScoreOutcome = { run: ScoreRun } | Unscorable;

/**
 * The finding that leaves nothing to score: no header row, or no customer_id column. Scoring such a
 * table would show an empty summary that hides why.
 */
export function tableProblem(findings: readonly Finding[]): Finding | null {
  return (
    findings.find(
      (f) =>
        f.code === "header-not-found" || (f.code === "missing-label" && f.field === "customer_id")
    ) ?? null
  );
}

/**
 * Scores a workbook already read. A sheet without a recognisable header is no run: a face offers no
 * "Write" for it and says why instead of showing an empty summary.
 */
export function scoreRequest(
  workbook: WorkbookData,
  request: ScoreRequest,
  onStage?: (stage: ScoreStage) => void
): ScoreOutcome {
  const run = scoreWorkbook(workbook, { ...request, onStage });
  if (run === null) return { unscorable: "no-sheet" };
  const finding = tableProblem(run.validation.findings);
  return finding === null ? { run } : { unscorable: "no-header", finding, template: run.template };
}
