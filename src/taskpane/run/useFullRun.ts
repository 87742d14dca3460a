import * as React from "react";
import type { ScoreRun } from "../../engine/score-workbook";
import type { PaneRun } from "./pane-run";

/**
 * The whole run behind `run`, for views that read every customer (Learn's cards), or null until it
 * is here (or when it cannot be had: the view then shows what it shows without a run). Fetched only
 * when such a view is open, so scoring never brings every customer to the page.
 */
export function useFullRun(run: PaneRun | null): ScoreRun | null {
  const [got, setGot] = React.useState<{ from: PaneRun; run: ScoreRun } | null>(null);
  React.useEffect(() => {
    if (run === null) return;
    let current = true;
    run.full().then(
      (full) => current && setGot({ from: run, run: full }),
      () => undefined
    );
    return () => {
      current = false;
    };
  }, [run]);
  return got !== null && got.from === run ? got.run : null;
}
