import { noFinancialFieldsNote } from "../../engine/explain/credit/credit-notes";
import type { TierSummary } from "../../engine/models/tiers/score-tiers";
import type { ScoreRun } from "../../engine/score-workbook";
import type { Localized } from "../../i18n/lang";
import { scoreSummary, type ScoreSummary } from "../model/score-summary";

/**
 * What the Score and Manager views show of a run, small enough to cross from the engine worker in
 * one short message. The run itself (a table, a validation report and 100,000 customers) stays
 * where it was scored: deserialising it on the page held the page's thread for seconds.
 */
export interface RunShown {
  summary: ScoreSummary;
  valueMeasure: TierSummary["valueMeasure"];
  mix: TierSummary["mix"];
  /** The note shown when the sheet has no financial field, in both languages, else null. */
  noFinancialNote: Localized | null;
}

/** The part of `run` the pane shows (computed where the run is). */
export function runShown(run: ScoreRun): RunShown {
  const zh = noFinancialFieldsNote(run, "zh-CN");
  const en = noFinancialFieldsNote(run, "en-US");
  return {
    summary: scoreSummary(run),
    valueMeasure: run.tiers.valueMeasure,
    mix: run.tiers.mix,
    noFinancialNote: zh === null || en === null ? null : { "zh-CN": zh, "en-US": en },
  };
}
