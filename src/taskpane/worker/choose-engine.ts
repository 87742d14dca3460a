import type { PaneEngine } from "./pane-engine";
import { mainThreadEngine } from "./main-thread-engine";
import { workerEngine, type EngineWorker } from "./worker-engine";

/**
 * Where the engine runs: in a worker whenever the page has `Worker` and the build gave a way to
 * start one; on the page's thread only where workers are missing.
 */
export function engineKind(
  scope: { Worker?: unknown },
  makeWorker: (() => EngineWorker) | null
): PaneEngine["kind"] {
  return typeof scope.Worker === "function" && makeWorker !== null ? "worker" : "main-thread";
}

/** The pane's engine for this page (see engineKind). */
export function paneEngine(
  scope: { Worker?: unknown },
  makeWorker: (() => EngineWorker) | null
): PaneEngine {
  return engineKind(scope, makeWorker) === "worker" && makeWorker !== null
    ? workerEngine(makeWorker)
    : mainThreadEngine();
}
