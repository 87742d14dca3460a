import { readWorkbook } from "../../app/read-workbook";
import { scoreRequest } from "../../app/score";
import { SCORE_STAGES } from "../../engine/score-workbook";
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
 * Runs one job in the worker and answers it: progress, then the outcome or the error. The steps
 * are the use cases' own (src/app/): the worker never assembles a use case itself.
 */
export async function handleEngineRequest(request: ScoreJob, reply: Reply): Promise<void> {
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
    if (!("run" in outcome)) return reply({ id, type: "scored", outcome });
    reply({ id, type: "scored", outcome: { packed: packRun(outcome.run) } });
  } catch (error) {
    reply({ id, type: "failed", error: toWireError(error) });
  }
}

/**
 * The worker's message handler: keeps the rows sent ahead of a job and runs the job with its
 * workbook whole again. One per worker; a cancel terminates the worker, rows and all.
 */
export function engineHandler(reply: Reply): (message: EngineRequest) => Promise<void> {
  const ahead = new Map<number, RowsPart[]>();
  return async (message) => {
    if (message.type === "rows") {
      const parts = ahead.get(message.id) ?? [];
      parts.push(message);
      ahead.set(message.id, parts);
      return;
    }
    const parts = ahead.get(message.id) ?? [];
    ahead.delete(message.id);
    const { source } = message;
    await handleEngineRequest(
      source.kind === "workbook"
        ? {
            ...message,
            source: { kind: "workbook", workbook: joinWorkbook(source.workbook, parts) },
          }
        : message,
      reply
    );
  };
}
