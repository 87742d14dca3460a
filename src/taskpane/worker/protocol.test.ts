import { DEFAULT_SETTINGS } from "../../engine/settings";
import { FileReadError } from "../../hosts/file/file-error";
import { readWorkbook } from "../../app/read-workbook";
import { AS_OF, customerHost } from "../../app/use-cases.test-helper";
import {
  fromWireError,
  isEngineResponse,
  toWireError,
  transferables,
  type EngineRequest,
  type ScoreJob,
} from "./protocol";

const ROW = ["C1", "甲", "王", 100, 2, "2026-10-01", "2025-01-01"];

describe("the engine worker's protocol", () => {
  it("hands over an .xlsx source's buffer and nothing for a workbook source", () => {
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    const request = (source: ScoreJob["source"]): EngineRequest => ({
      id: 1,
      type: "score",
      source,
      request: { asOf: AS_OF, settings: DEFAULT_SETTINGS },
    });
    expect(transferables(request({ kind: "xlsx-bytes", bytes, name: "a.xlsx" }))).toEqual([
      bytes.buffer,
    ]);
    expect(transferables(request({ kind: "workbook", workbook: { sheets: [] } }))).toEqual([]);
    expect(transferables({ id: 1, type: "rows", sheet: 0, rows: [["a"]] })).toEqual([]);
  });

  it("carries a score request across a structured clone unchanged", async () => {
    // A function or a class with methods in a request would throw or arrive changed here, as it
    // would between the pane and the worker (run-parts.test.ts does the same for runs).
    const workbook = await readWorkbook(await customerHost([ROW]));
    const request: EngineRequest = {
      id: 7,
      type: "score",
      source: { kind: "workbook", workbook },
      request: { asOf: AS_OF, settings: DEFAULT_SETTINGS },
    };
    expect(structuredClone(request)).toEqual(request);
  });

  it("sends an error's name and both messages, never its stack, and rebuilds it on the pane's side", () => {
    const wire = toWireError(new FileReadError("not-a-workbook", "x.xlsx"));
    expect(Object.keys(wire).sort()).toEqual(["message", "messages", "name"]);
    expect(wire.name).toBe("FileReadError");
    const error = fromWireError(structuredClone(wire));
    expect(error.name).toBe("FileReadError");
    expect((error as Error & { messages: Record<string, string> }).messages["zh-CN"]).toMatch(
      /x\.xlsx/
    );
    expect(toWireError("plain")).toEqual({ name: "Error", message: "plain" });
  });

  it("tells responses from other messages", () => {
    expect(isEngineResponse({ id: 1, type: "progress", done: 0, total: 2 })).toBe(true);
    expect(isEngineResponse({ id: 1, type: "scored", outcome: { unscorable: "no-sheet" } })).toBe(
      true
    );
    expect(isEngineResponse({ id: 1, type: "customers", customers: [] })).toBe(false);
    expect(isEngineResponse({ id: 1, type: "why", answer: null })).toBe(true);
    expect(isEngineResponse({ id: 1, type: "run", packed: {} })).toBe(true);
    expect(isEngineResponse({ id: "1", type: "scored" })).toBe(false);
    expect(isEngineResponse({ id: 1, type: "hello" })).toBe(false);
    expect(isEngineResponse(null)).toBe(false);
  });
});
