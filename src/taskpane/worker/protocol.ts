import type { ScoreRequest, Unscorable } from "../../app/score";
import type { CellValue } from "../../engine/table/cell";
import type { WorkbookData } from "../../engine/table/sheet";
import type { Localized } from "../../i18n/lang";
import type { RunShown } from "../run/run-shown";
import type { WhyAnswer } from "../run/why-answer";
import type { PackedRun } from "./run-parts";

// The messages between the pane and its engine worker, in one place. Everything here crosses by
// structured clone (plain data, Dates, Maps); byte buffers are transferred, not copied. When the
// engine's tables and results become typed-array columns, their buffers join `transferables`.

/**
 * The workbook a job works on. Browser mode sends the .xlsx file's bytes, which the worker parses
 * itself (parsing 100,000 rows is a long task the page's thread should not run); inside Excel the
 * host has already read the sheets on the page's thread (Office.js lives there) and sends them,
 * their rows in RowsParts ahead of the job.
 */
export type EngineSource =
  | { kind: "xlsx-bytes"; bytes: Uint8Array; name: string }
  | { kind: "workbook"; workbook: WorkbookData };

/** Validate and score a workbook: the engine part of src/app/score.ts's use case. */
export interface ScoreJob {
  id: number;
  type: "score";
  source: EngineSource;
  request: ScoreRequest;
}

/** A part of a workbook source's rows, sent before its job (sheet-parts.ts says why). */
export interface RowsPart {
  id: number;
  type: "rows";
  /** The sheet's index in the job's workbook. */
  sheet: number;
  rows: CellValue[][];
}

/**
 * The whole run of score job `job`, which the worker keeps (its last run only): for writing results,
 * a churn list, a handout or Learn's cards. Answered with "run".
 */
export interface RunRequest {
  id: number;
  type: "run";
  job: number;
}

/** Why? for the customer from sheet row `row` in score job `job`'s run: one customer, not all. */
export interface WhyRequest {
  id: number;
  type: "why";
  job: number;
  row: number;
}

/** What the pane asks of the worker. */
export type EngineRequest = ScoreJob | RowsPart | RunRequest | WhyRequest;

/** An error as it crosses: its name and messages in both languages when it has them, never a stack. */
export interface WireError {
  name: string;
  message: string;
  messages?: Localized;
}

/** What the worker answers, each naming the job it belongs to. */
export type EngineResponse =
  /** How far the job is: done of total steps. */
  | { id: number; type: "progress"; done: number; total: number }
  /** A score job's outcome: what the pane shows of its run (the worker keeps the run), or why none. */
  | { id: number; type: "scored"; outcome: { shown: RunShown } | Unscorable }
  /** A RunRequest's run (its customers' results as columns). */
  | { id: number; type: "run"; packed: PackedRun }
  | { id: number; type: "why"; answer: WhyAnswer | null }
  | { id: number; type: "failed"; error: WireError };

/** The buffers a request hands over (no copy; the sender's views of them become empty). */
export function transferables(request: EngineRequest): Transferable[] {
  return request.type === "score" && request.source.kind === "xlsx-bytes"
    ? [request.source.bytes.buffer]
    : [];
}

/** An error as the worker sends it: what the pane shows, in both languages when it carries them. */
export function toWireError(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const wire: WireError = { name: error.name, message: error.message };
  const messages = (error as { messages?: unknown }).messages;
  if (isLocalized(messages))
    wire.messages = { "zh-CN": messages["zh-CN"], "en-US": messages["en-US"] };
  return wire;
}

/** The error again on the pane's side, with the same name and messages (errorText reads both). */
export function fromWireError(wire: WireError): Error {
  const error = new Error(wire.message) as Error & { messages?: Localized };
  error.name = wire.name;
  if (wire.messages) error.messages = wire.messages;
  return error;
}

/** True for a message shaped as a response: anything else arriving from the worker is ignored. */
export function isEngineResponse(data: unknown): data is EngineResponse {
  if (typeof data !== "object" || data === null) return false;
  const { id, type } = data as { id?: unknown; type?: unknown };
  return (
    typeof id === "number" &&
    (type === "progress" ||
      type === "scored" ||
      type === "run" ||
      type === "why" ||
      type === "failed")
  );
}

function isLocalized(value: unknown): value is Localized {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Localized)["zh-CN"] === "string" &&
    typeof (value as Localized)["en-US"] === "string"
  );
}
