import { abortError } from "../../app/read-workbook";
import { scoreRequest } from "../../app/score";
import type { HostRunOptions } from "../../hosts/host";
import { localRun } from "../run/pane-run";
import type { PaneEngine, PaneScoreOutcome, ScoreJobInput } from "./pane-engine";

/**
 * The engine on the page's own thread, for browsers without Web Workers: the page does not answer
 * while it runs, so a cancel is seen only before it starts (the pane says so).
 */
export function mainThreadEngine(): PaneEngine {
  return {
    kind: "main-thread",
    async score(job: ScoreJobInput, options: HostRunOptions = {}): Promise<PaneScoreOutcome> {
      // Let the progress line paint before the engine takes the thread.
      await new Promise((r) => setTimeout(r, 0));
      if (options.signal?.aborted) throw abortError();
      const outcome = scoreRequest(job.workbook, job.request);
      return "run" in outcome ? { run: localRun(outcome.run) } : outcome;
    },
    dispose: () => undefined,
  };
}
