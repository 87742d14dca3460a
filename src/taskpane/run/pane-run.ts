import type { ScoreRun } from "../../engine/score-workbook";
import { runShown, type RunShown } from "./run-shown";
import { whyAnswer, type WhyAnswer } from "./why-answer";

/**
 * A scored run as the pane holds it: what its views show, and questions about the rest. With the
 * engine in a worker the run stays there (100,000 customers crossing to the page held its thread
 * for seconds); the page asks for one customer for Why?, and for the whole run only to write it.
 */
export interface PaneRun {
  shown: RunShown;
  /** Why? for the customer read from sheet row `row`, or null when no customer came from it. */
  why(row: number): Promise<WhyAnswer | null>;
  /** The whole run, for writing results, a churn list, a handout or Learn's cards; fetched once. */
  full(): Promise<ScoreRun>;
}

/** A run already on the page (scored on its thread, or by a refresh): every answer is at hand. */
export function localRun(run: ScoreRun): PaneRun {
  return {
    shown: runShown(run),
    why: async (row) => whyAnswer(run, row),
    full: async () => run,
  };
}
