import { isAbort, readWorkbook } from "../../app/read-workbook";
import { scoreRequest } from "../../app/score";
import { AS_OF, customerHost } from "../../app/use-cases.test-helper";
import { DEFAULT_SETTINGS } from "../../engine/settings";
import { FileHost } from "../../hosts/file/file-host";
import { applyPlanToXlsx } from "../../hosts/file/plan/apply-plan";
import { engineHandler } from "./handle-request";
import type { EngineRequest } from "./protocol";
import { runShown } from "../run/run-shown";
import { whyAnswer } from "../run/why-answer";
import { plainData } from "./plain-data.test-helper";
import { workerEngine, type EngineWorker } from "./worker-engine";

const ROWS = [
  ["C1", "甲", "王", 100, 2, "2026-10-01", "2025-01-01"],
  ["C2", "乙", "李", 900, 5, "2026-09-01", "2024-01-01"],
];
const REQUEST = { asOf: AS_OF, settings: DEFAULT_SETTINGS };

/**
 * A worker as the page sees one: messages cross by structured clone (buffers transferred) and
 * arrive later; it answers with the worker's own handler, or holds every job when `hold` is set
 * (an engine busy on a large sheet), or every job after the first `answered`. Records what crossed and whether it was terminated.
 */
function fakeWorker({ hold = false, dieOnRows = false, answered = Infinity } = {}) {
  const seen: { requests: EngineRequest[]; terminated: boolean } = {
    requests: [],
    terminated: false,
  };
  const handle = engineHandler((response) => {
    const copy = structuredClone(response);
    setTimeout(() => {
      if (!seen.terminated) worker.onmessage?.({ data: copy });
    }, 0);
  });
  const worker: EngineWorker = {
    onmessage: null,
    onerror: null,
    postMessage(message, transfer) {
      const request = structuredClone(message, { transfer });
      seen.requests.push(request);
      if (dieOnRows && request.type === "rows") {
        setTimeout(() => worker.onerror?.({ preventDefault: () => undefined }), 0);
        return;
      }
      // `answered`: how many requests it answers before it holds the rest.
      if (hold || seen.requests.length > answered) return;
      setTimeout(() => void handle(request), 0);
    },
    terminate() {
      seen.terminated = true;
    },
  };
  return { worker, seen };
}

describe("the engine in a worker", () => {
  it("scores an .xlsx file's bytes in the worker as the page would, reporting progress", async () => {
    const host = await customerHost(ROWS);
    const { worker, seen } = fakeWorker();
    const engine = workerEngine(() => worker);
    const progress: string[] = [];
    const workbook = await readWorkbook(host);
    const outcome = await engine.score(
      { host, workbook, request: REQUEST },
      { onProgress: (done, total) => progress.push(`${done}/${total}`) }
    );
    expect(seen.requests.map((r) => (r.type === "score" ? r.source.kind : r.type))).toEqual([
      "xlsx-bytes",
    ]);
    // The workbook read, then each engine stage as it ends.
    expect(progress).toEqual(["0/7", "1/7", "2/7", "3/7", "4/7", "5/7", "6/7", "7/7"]);
    const here = scoreRequest(workbook, REQUEST);
    if (!("run" in outcome) || !("run" in here)) throw new Error("no run");
    // Only what the pane shows crossed; the run stayed in the worker.
    expect(plainData(outcome.run.shown)).toEqual(plainData(runShown(here.run)));
    expect(seen.requests).toHaveLength(1);
    // Asked for, the whole run crosses: the same as scoring on this thread, sheets included (put
    // back from the pane's workbook), and it is fetched once.
    expect(plainData(await outcome.run.full())).toEqual(plainData(here.run));
    expect(await outcome.run.full()).toBe(await outcome.run.full());
    expect(seen.requests.map((r) => r.type)).toEqual(["score", "run"]);
    // The host's own bytes were copied, not handed over: it can still be read and downloaded.
    expect((await host.resultBytes()).length).toBeGreaterThan(0);
  });

  it("scores a .csv's sheets sent as they are", async () => {
    const csv = "客户编号,客户名称,毛利贡献,交易次数,最近交易日期\nC1,甲,100,2,2026-10-01\n";
    const host = await FileHost.open(new TextEncoder().encode(csv), "c.csv", { applyPlanToXlsx });
    const { worker, seen } = fakeWorker();
    const outcome = await workerEngine(() => worker).score({
      host,
      workbook: await readWorkbook(host),
      request: REQUEST,
    });
    // The rows went ahead in a part of their own; the job carried the sheet without them.
    expect(seen.requests.map((r) => (r.type === "score" ? r.source.kind : r.type))).toEqual([
      "rows",
      "workbook",
    ]);
    expect("run" in outcome && outcome.run.shown.summary.customers).toBe(1);
  });

  it("answers a cancel at once by terminating the busy worker, and starts a fresh one next time", async () => {
    const host = await customerHost(ROWS);
    const workbook = await readWorkbook(host);
    const busy = fakeWorker({ hold: true });
    const fresh = fakeWorker();
    const workers = [busy.worker, fresh.worker];
    const engine = workerEngine(() => workers.shift()!);
    const controller = new AbortController();
    const running = engine.score(
      { host, workbook, request: REQUEST },
      { signal: controller.signal }
    );
    // Cancel once the job has crossed to the worker (which never answers on its own).
    while (busy.seen.requests.length === 0) await new Promise((r) => setTimeout(r, 1));
    controller.abort();
    const error = await running.catch((e: unknown) => e);
    expect(isAbort(error)).toBe(true);
    expect(busy.seen.terminated).toBe(true);
    const again = await engine.score({ host, workbook, request: REQUEST });
    expect("run" in again && again.run.shown.summary.customers).toBe(2);
    expect(fresh.seen.terminated).toBe(false);
  });

  it("never starts a job already cancelled", async () => {
    const host = await customerHost(ROWS);
    const { worker, seen } = fakeWorker();
    const controller = new AbortController();
    controller.abort();
    const error = await workerEngine(() => worker)
      .score(
        { host, workbook: await readWorkbook(host), request: REQUEST },
        { signal: controller.signal }
      )
      .catch((e: unknown) => e);
    expect(isAbort(error)).toBe(true);
    expect(seen.requests).toHaveLength(0);
  });

  it("passes a file the worker cannot read on as its error, in both languages", async () => {
    const host = await customerHost(ROWS);
    const { worker } = fakeWorker();
    const engine = workerEngine(() => worker);
    // A host whose current bytes are a damaged workbook (zip magic, nothing after it).
    const damaged = Object.assign(Object.create(host) as FileHost, {
      resultBytes: async () => new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]),
    });
    const error = (await engine
      .score({ host: damaged, workbook: await readWorkbook(host), request: REQUEST })
      .catch((e: unknown) => e)) as Error & { messages?: Record<string, string> };
    expect(error.name).toBe("FileReadError");
    expect(error.messages?.["zh-CN"]).toBeTruthy();
    expect(error.stack ?? "").not.toMatch(/handle-request/);
  });

  it("says in both languages when the worker itself stops, and recovers with a new one", async () => {
    const host = await customerHost(ROWS);
    const workbook = await readWorkbook(host);
    const dying = fakeWorker({ hold: true });
    const fresh = fakeWorker();
    const workers = [dying.worker, fresh.worker];
    const engine = workerEngine(() => workers.shift()!);
    const running = engine.score({ host, workbook, request: REQUEST });
    while (dying.seen.requests.length === 0) await new Promise((r) => setTimeout(r, 1));
    let prevented = false;
    dying.worker.onerror?.({ preventDefault: () => (prevented = true) });
    const error = (await running.catch((e: unknown) => e)) as Error & {
      messages?: Record<string, string>;
    };
    expect(prevented).toBe(true);
    expect(dying.seen.terminated).toBe(true);
    expect(error.messages?.["en-US"]).toMatch(/engine stopped/);
    expect(error.messages?.["zh-CN"]).toMatch(/引擎已停止/);
    const again = await engine.score({ host, workbook, request: REQUEST });
    expect("run" in again).toBe(true);
  });

  it("never scores part of a workbook when the worker dies while its rows go across", async () => {
    const lines = ["客户编号,客户名称,毛利贡献"];
    for (let i = 0; i < 6000; i++) lines.push(`C${i},客户${i},${i}`);
    const csv = new TextEncoder().encode(lines.join("\n"));
    const host = await FileHost.open(csv, "big.csv", { applyPlanToXlsx });
    const dying = fakeWorker({ dieOnRows: true });
    const fresh = fakeWorker();
    const workers = [dying.worker, fresh.worker];
    const error = (await workerEngine(() => workers.shift()!)
      .score({ host, workbook: await readWorkbook(host), request: REQUEST })
      .catch((e: unknown) => e)) as Error & { messages?: Record<string, string> };
    expect(error.messages?.["en-US"]).toMatch(/engine stopped/);
    expect(dying.seen.requests.map((r) => r.type)).toEqual(["rows"]);
    expect(fresh.seen.requests).toHaveLength(0);
  });

  it("answers Why? for one row from the run it keeps, and nothing for a row without a customer", async () => {
    const host = await customerHost(ROWS);
    const workbook = await readWorkbook(host);
    const { worker, seen } = fakeWorker();
    const outcome = await workerEngine(() => worker).score({ host, workbook, request: REQUEST });
    const here = scoreRequest(workbook, REQUEST);
    if (!("run" in outcome) || !("run" in here)) throw new Error("no run");
    const row = here.run.sheet.rows.findIndex((r) => r[0] === "C2") + 1;
    expect(plainData(await outcome.run.why(row))).toEqual(plainData(whyAnswer(here.run, row)));
    expect(await outcome.run.why(1)).toBeNull();
    // Why? asked the worker for one customer each time; the run never crossed.
    expect(seen.requests.map((r) => r.type)).toEqual(["score", "why", "why"]);
  });

  it("says in both languages that a run is gone once its worker was stopped by a later cancel", async () => {
    const host = await customerHost(ROWS);
    const workbook = await readWorkbook(host);
    const first = fakeWorker({ answered: 1 });
    const later = fakeWorker();
    const workers = [first.worker, later.worker];
    const engine = workerEngine(() => workers.shift()!);
    const outcome = await engine.score({ host, workbook, request: REQUEST });
    if (!("run" in outcome)) throw new Error("no run");
    // A second score on the same worker, cancelled: the worker goes, and the first run with it.
    const controller = new AbortController();
    const second = engine.score(
      { host, workbook, request: REQUEST },
      { signal: controller.signal }
    );
    while (first.seen.requests.length < 2) await new Promise((r) => setTimeout(r, 1));
    controller.abort();
    expect(isAbort(await second.catch((e: unknown) => e))).toBe(true);
    const error = (await outcome.run.full().catch((e: unknown) => e)) as Error & {
      messages?: Record<string, string>;
    };
    expect(error.messages?.["en-US"]).toMatch(/Score again/);
    expect(error.messages?.["zh-CN"]).toMatch(/重新评分/);
    expect(first.seen.terminated).toBe(true);
    expect(later.seen.requests).toHaveLength(0);
  });
});
