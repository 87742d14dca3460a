import type { ScoreRequest, Unscorable } from "../../app/score";
import type { WorkbookData } from "../../engine/table/sheet";
import type { HostRunOptions, WorkbookHost } from "../../hosts/host";
import type { PaneRun } from "../run/pane-run";

/** A score the pane asks for: the host's workbook as the session holds it, and the request. */
export interface ScoreJobInput {
  host: WorkbookHost;
  workbook: WorkbookData;
  request: ScoreRequest;
}

/** A score as the pane gets it: its run (held where it was scored), or why there is none. */
export type PaneScoreOutcome = { run: PaneRun } | Unscorable;

/**
 * Where the pane's engine runs: in a Web Worker, so the page stays responsive and Cancel answers at
 * once, or on the page's own thread where the browser has no workers. The same use cases either way.
 */
export interface PaneEngine {
  kind: "worker" | "main-thread";
  /** Validates and scores; rejects with an AbortError (isAbort) when options.signal aborts. */
  score(job: ScoreJobInput, options?: HostRunOptions): Promise<PaneScoreOutcome>;
  /** Stops the worker, if any (the pane is going away). */
  dispose(): void;
}
