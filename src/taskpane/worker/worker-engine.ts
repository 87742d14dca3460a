import type { ScoreRun } from "../../engine/score-workbook";
import type { WorkbookData } from "../../engine/table/sheet";
import { abortError } from "../../app/read-workbook";
import type { HostRunOptions } from "../../hosts/host";
import { paneTranslator } from "../../i18n/pane";
import { engineSource } from "./engine-source";
import type { PaneRun } from "../run/pane-run";
import type { RunShown } from "../run/run-shown";
import type { PaneEngine, PaneScoreOutcome, ScoreJobInput } from "./pane-engine";
import {
  fromWireError,
  isEngineResponse,
  transferables,
  type EngineRequest,
  type EngineResponse,
} from "./protocol";
import { runGone } from "./run-gone";
import { unpackRun } from "./run-parts";
import { splitWorkbook } from "./sheet-parts";

/** The part of a Worker the pane uses (a fake stands in for it in tests). */
export interface EngineWorker {
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { preventDefault(): void }) => void) | null;
  postMessage(message: EngineRequest, transfer: Transferable[]): void;
  terminate(): void;
}

/** A response that ends a request (progress comes before one). */
type Final = Extract<EngineResponse, { type: "scored" | "run" | "why" }>;

interface Pending {
  resolve: (final: Final) => void;
  reject: (error: Error) => void;
  onProgress?: (done: number, total: number) => void;
}

/** The worker died (failed to load, or ran out of memory): said in both languages, no stack. */
function workerStopped(): Error {
  const error = new Error(paneTranslator("en-US")("engineStopped")) as Error & {
    messages?: Record<string, string>;
  };
  error.messages = {
    "zh-CN": paneTranslator("zh-CN")("engineStopped"),
    "en-US": paneTranslator("en-US")("engineStopped"),
  };
  return error;
}

/**
 * The engine in a Web Worker, started on first use. A cancel terminates the worker at once (the
 * engine holds the worker's thread, so a cancel message would wait for it) and rejects the job: the
 * worker writes nothing, so nothing is half-written, and the next job starts a fresh worker.
 */
export function workerEngine(makeWorker: () => EngineWorker): PaneEngine {
  let worker: EngineWorker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const stop = (reason: () => Error): void => {
    worker?.terminate();
    worker = null;
    const jobs = [...pending.values()];
    pending.clear();
    for (const job of jobs) job.reject(reason());
  };

  const route = (data: unknown): void => {
    if (!isEngineResponse(data)) return;
    const response: EngineResponse = data;
    const job = pending.get(response.id);
    if (job === undefined) return;
    if (response.type === "progress") return job.onProgress?.(response.done, response.total);
    pending.delete(response.id);
    if (response.type === "failed") return job.reject(fromWireError(response.error));
    job.resolve(response);
  };

  /** Sends a request and waits for the response that ends it. */
  const ask = (
    target: EngineWorker,
    request: EngineRequest,
    onProgress?: (done: number, total: number) => void
  ): Promise<{ final: Final }> =>
    new Promise((resolve, reject) => {
      pending.set(request.id, {
        resolve: (final) => resolve({ final }),
        reject,
        onProgress,
      });
      target.postMessage(request, transferables(request));
    });

  /**
   * The run of score job `job`, held by the worker `target`: the page has what it shows, and asks
   * the worker for the rest. Once that worker is gone (a cancel, a crash), so is the run.
   */
  const remoteRun = (
    job: number,
    target: EngineWorker,
    shown: RunShown,
    workbook: WorkbookData
  ): PaneRun => {
    let whole: Promise<ScoreRun> | null = null;
    const alive = (): EngineWorker => {
      if (worker !== target) throw runGone();
      return target;
    };
    return {
      shown,
      async why(row) {
        const { final } = await ask(alive(), { id: nextId++, type: "why", job, row });
        if (final.type !== "why") throw new Error(`the engine answered Why? with ${final.type}`);
        return final.answer;
      },
      full() {
        whole ??= (async () => {
          const { final } = await ask(alive(), { id: nextId++, type: "run", job });
          if (final.type !== "run") throw new Error(`the engine answered a run with ${final.type}`);
          return unpackRun(final.packed, workbook);
        })();
        // A failed fetch is asked again next time (the worker may have been restarted meanwhile).
        whole.catch(() => (whole = null));
        return whole;
      },
    };
  };

  const started = (): EngineWorker => {
    if (worker !== null) return worker;
    const w = makeWorker();
    w.onmessage = (event) => route(event.data);
    w.onerror = (event) => {
      // Not the page's error: the job that was running says it, in the pane's message.
      event.preventDefault();
      stop(workerStopped);
    };
    worker = w;
    return w;
  };

  return {
    kind: "worker",
    async score(job: ScoreJobInput, options: HostRunOptions = {}): Promise<PaneScoreOutcome> {
      const { signal, onProgress } = options;
      if (signal?.aborted) throw abortError();
      const id = nextId++;
      let source = await engineSource(job.host, job.workbook);
      const target = started();
      if (source.kind === "workbook") {
        // The rows go ahead in parts, each serialized in its own task, the page free between them.
        const { head, parts } = splitWorkbook(source.workbook, id);
        for (const part of parts) {
          if (signal?.aborted || worker !== target) break;
          target.postMessage(part, []);
          await new Promise((r) => setTimeout(r, 0));
        }
        source = { kind: "workbook", workbook: head };
      }
      if (signal?.aborted) {
        // The rows sent so far are the worker's only state: it goes with them.
        stop(abortError);
        throw abortError();
      }
      // The worker died while the rows went (its error ended no job yet): never score part of them.
      if (worker !== target) throw workerStopped();
      const onAbort = (): void => stop(abortError);
      signal?.addEventListener("abort", onAbort, { once: true });
      try {
        const { final } = await ask(
          target,
          { id, type: "score", source, request: job.request },
          onProgress
        );
        if (final.type !== "scored")
          throw new Error(`the engine answered a score with ${final.type}`);
        const { outcome } = final;
        return "shown" in outcome
          ? { run: remoteRun(id, target, outcome.shown, job.workbook) }
          : outcome;
      } finally {
        signal?.removeEventListener("abort", onAbort);
      }
    },
    dispose: () => stop(abortError),
  };
}
