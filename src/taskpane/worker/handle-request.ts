import { readWorkbook } from "../../app/read-workbook";
import { scoreRequest } from "../../app/score";
import { SCORE_STAGES, type ScoreRun } from "../../engine/score-workbook";
import { workbookSource } from "../../app/workbook-source";
import type { WorkbookData } from "../../engine/table/sheet";
import { readXlsx } from "../../hosts/file/read-xlsx";
import {
  toWireError,
  type EngineRequest,
  type EngineResponse,
  type EngineSource,
  type RowsPart,
  type ScoreJob,
} from "./protocol";
import { runShown } from "../run/run-shown";
import { whyAnswer } from "../run/why-answer";
import { runGone } from "./run-gone";
import { packRun } from "./run-parts";
import { joinWorkbook } from "./sheet-parts";

/** Sends a response back to the pane. */
export type Reply = (response: EngineResponse) => void;

/** Steps a score job reports: the workbook read, then each of the engine's stages. */
const SCORE_STEPS = 1 + SCORE_STAGES.length;

/**
 * The workbook as the pane's session would hold it: bytes are parsed here, and either way the
 * sheets go through the same use case the pane reads a host with (the add-in's own sheets left out
 * but for the history), so the worker scores exactly what the page would have.
 */
async function workbookOf(source: EngineSource): Promise<WorkbookData> {
  const parsed =
    source.kind === "xlsx-bytes" ? await readXlsx(source.bytes, source.name) : source.workbook;
  return readWorkbook(workbookSource(parsed));
}

/**
 * Runs one job in the worker and answers it: progress, then what the pane shows of the run (or why
 * there is none), or the error. Resolves to the run, which the worker keeps for the pane's later
 * questions. The steps are the use cases' own (src/app/): the worker never assembles a use case.
 */
export async function handleEngineRequest(
  request: ScoreJob,
  reply: Reply
): Promise<ScoreRun | null> {
  const { id } = request;
  try {
    reply({ id, type: "progress", done: 0, total: SCORE_STEPS });
    const workbook = await workbookOf(request.source);
    reply({ id, type: "progress", done: 1, total: SCORE_STEPS });
    // Each stage reported as it ends, the next one's start: the bar moves with the work.
    const outcome = scoreRequest(workbook, request.request, (stage) => {
      const done = 1 + SCORE_STAGES.indexOf(stage);
      if (done > 1) reply({ id, type: "progress", done, total: SCORE_STEPS });
    });
    reply({ id, type: "progress", done: SCORE_STEPS, total: SCORE_STEPS });
    if (!("run" in outcome)) {
      reply({ id, type: "scored", outcome });
      return null;
    }
    reply({ id, type: "scored", outcome: { shown: runShown(outcome.run) } });
    return outcome.run;
  } catch (error) {
    reply({ id, type: "failed", error: toWireError(error) });
    return null;
  }
}

/** Sends a kept run whole (run-parts.ts says what of it crosses). */
function sendRun(id: number, run: ScoreRun, reply: Reply): void {
  reply({ id, type: "run", packed: packRun(run) });
}

/**
 * The worker's message handler: keeps the rows sent ahead of a job and runs the job with its
 * workbook whole again; keeps the last job's run and answers the pane's questions about it (the
 * whole run, Why? for a row). One per worker; a cancel terminates the worker, rows and run and all.
 */
export function engineHandler(reply: Reply): (message: EngineRequest) => Promise<void> {
  const ahead = new Map<number, RowsPart[]>();
  let kept: { job: number; run: ScoreRun } | null = null;
  return async (message) => {
    if (message.type === "rows") {
      const parts = ahead.get(message.id) ?? [];
      parts.push(message);
      ahead.set(message.id, parts);
      return;
    }
    if (message.type === "run" || message.type === "why") {
      const { id } = message;
      // Only the last run is kept: the pane never asks about an older one but by a bug.
      if (kept === null || kept.job !== message.job) {
        return reply({ id, type: "failed", error: toWireError(runGone()) });
      }
      try {
        if (message.type === "run") return sendRun(id, kept.run, reply);
        return reply({ id, type: "why", answer: whyAnswer(kept.run, message.row) });
      } catch (error) {
        return reply({ id, type: "failed", error: toWireError(error) });
      }
    }
    const parts = ahead.get(message.id) ?? [];
    ahead.delete(message.id);
    // A new score replaces the run kept: the page drops the old one when this one comes.
    kept = null;
    const { source } = message;
    const run = await handleEngineRequest(
      source.kind === "workbook"
        ? {
            ...message,
            source: { kind: "workbook", workbook: joinWorkbook(source.workbook, parts) },
          }
        : message,
      reply
    );
    if (run !== null) kept = { job: message.id, run };
  };
}
