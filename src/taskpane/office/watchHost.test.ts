import { HostState, HostWindow, OfficeLike, watchHost } from "./watchHost";

/** A window whose timers run only when the test says so. */
function fakeWindow(office: OfficeLike | undefined, language = "en-US") {
  const timers: Array<{ ms: number; run: () => void }> = [];
  const win: HostWindow = {
    Office: office,
    navigator: { language },
    setTimeout: (run, ms) => timers.push({ ms, run }),
  };
  const fireTimers = () => timers.splice(0).forEach((t) => t.run());
  return { win, timers, fireTimers };
}

function officeAnswering(
  host: string | null,
  displayLanguage?: string
): { office: OfficeLike; answer: () => void } {
  let resolve: (v: { host: string | null }) => void = () => undefined;
  const promise = new Promise<{ host: string | null }>((r) => (resolve = r));
  return {
    office: { onReady: () => promise, context: { displayLanguage } },
    answer: () => resolve({ host }),
  };
}

const flush = () => new Promise<void>((r) => setImmediate(r));

describe("watchHost", () => {
  it("reports browser mode at once when Office.js did not load", () => {
    const { win, timers } = fakeWindow(undefined, "zh-CN");
    const reports: HostState[] = [];
    watchHost(win, (s) => reports.push(s));
    expect(reports).toEqual([{ mode: "browser", lang: "zh-CN" }]);
    expect(timers).toHaveLength(0);
  });

  it("reports Excel with Office's display language, not the browser's", async () => {
    const { office, answer } = officeAnswering("Excel", "zh-CN");
    const { win } = fakeWindow(office, "en-US");
    const reports: HostState[] = [];
    watchHost(win, (s) => reports.push(s));
    expect(reports).toEqual([]);
    answer();
    await flush();
    expect(reports).toEqual([{ mode: "excel", lang: "zh-CN" }]);
  });

  it("falls back to the browser language when Office gives none", async () => {
    const { office, answer } = officeAnswering("Excel", undefined);
    const { win } = fakeWindow(office, "zh-Hans-CN");
    const reports: HostState[] = [];
    watchHost(win, (s) => reports.push(s));
    answer();
    await flush();
    expect(reports).toEqual([{ mode: "excel", lang: "zh-CN" }]);
  });

  it("reports browser mode when Office.onReady names no host (page opened outside Office)", async () => {
    const { office, answer } = officeAnswering(null, "zh-CN");
    const { win } = fakeWindow(office, "en-US");
    const reports: HostState[] = [];
    watchHost(win, (s) => reports.push(s));
    answer();
    await flush();
    expect(reports).toEqual([{ mode: "browser", lang: "en-US" }]);
  });

  it("reports browser mode for a host other than Excel", async () => {
    const { office, answer } = officeAnswering("Word");
    const { win } = fakeWindow(office);
    const reports: HostState[] = [];
    watchHost(win, (s) => reports.push(s));
    answer();
    await flush();
    expect(reports.map((r) => r.mode)).toEqual(["browser"]);
  });

  it("reports browser mode when Office.onReady rejects or throws", async () => {
    const rejecting = fakeWindow({ onReady: () => Promise.reject(new Error("no host")) });
    const throwing = fakeWindow({
      onReady: () => {
        throw new Error("broken office.js");
      },
    });
    const reports: HostState[] = [];
    watchHost(rejecting.win, (s) => reports.push(s));
    watchHost(throwing.win, (s) => reports.push(s));
    await flush();
    expect(reports.map((r) => r.mode)).toEqual(["browser", "browser"]);
  });

  it("settles for browser mode when Office.onReady does not answer in time", () => {
    const { office } = officeAnswering("Excel");
    const { win, timers, fireTimers } = fakeWindow(office);
    const reports: HostState[] = [];
    watchHost(win, (s) => reports.push(s), 1234);
    expect(timers.map((t) => t.ms)).toEqual([1234]);
    fireTimers();
    expect(reports).toEqual([{ mode: "browser", lang: "en-US" }]);
  });

  it("upgrades to Excel when Office answers after the timeout", async () => {
    const { office, answer } = officeAnswering("Excel", "en-US");
    const { win, fireTimers } = fakeWindow(office);
    const reports: HostState[] = [];
    watchHost(win, (s) => reports.push(s));
    fireTimers();
    answer();
    await flush();
    expect(reports.map((r) => r.mode)).toEqual(["browser", "excel"]);
  });

  it("reports once when Office answers before the timeout fires", async () => {
    const { office, answer } = officeAnswering("Excel");
    const { win, fireTimers } = fakeWindow(office);
    const reports: HostState[] = [];
    watchHost(win, (s) => reports.push(s));
    answer();
    await flush();
    fireTimers();
    expect(reports.map((r) => r.mode)).toEqual(["excel"]);
  });

  it("renders first and waits for Office.js still loading, then asks it (bounded by the timeout)", async () => {
    const { office, answer } = officeAnswering("Excel", "en-US");
    const { win, timers } = fakeWindow(undefined, "zh-CN");
    let loaded: () => void = () => undefined;
    win.officeScript = new Promise<void>((r) => (loaded = r));
    const reports: HostState[] = [];
    watchHost(win, (s) => reports.push(s));
    expect(reports).toEqual([]);
    expect(timers).toHaveLength(1);
    win.Office = office;
    loaded();
    await flush();
    answer();
    await flush();
    expect(reports).toEqual([{ mode: "excel", lang: "en-US" }]);
  });

  it("goes to browser mode when Office.js fails to load", async () => {
    const { win } = fakeWindow(undefined, "en-US");
    win.officeScript = Promise.reject(new Error("blocked"));
    const reports: HostState[] = [];
    watchHost(win, (s) => reports.push(s));
    await flush();
    expect(reports).toEqual([{ mode: "browser", lang: "en-US" }]);
  });

  it("goes to browser mode when Office.js is still loading at the timeout", () => {
    const { win, fireTimers } = fakeWindow(undefined, "en-US");
    win.officeScript = new Promise<void>(() => undefined);
    const reports: HostState[] = [];
    watchHost(win, (s) => reports.push(s));
    fireTimers();
    expect(reports).toEqual([{ mode: "browser", lang: "en-US" }]);
  });
});
