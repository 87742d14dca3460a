import * as React from "react";
import { DEFAULT_SETTINGS, type Settings, type SettingsIssue } from "../../engine/settings";
import type { WorkbookData } from "../../engine/table/sheet";
import type { HostRunOptions, WorkbookHost } from "../../hosts/host";
import type { CheckResult } from "../../app/check";
import { abortError, isAbort, readWorkbook } from "../../app/read-workbook";
import { todayIso } from "../../app/as-of";
import { busyGuard } from "../model/busy-guard";
import { readStoredSettings } from "../../app/stored-settings";
import { DETECT, type TemplateChoice } from "../model/template-choice";
import type { PaneEngine } from "../worker/pane-engine";
import type { PaneRun } from "../run/pane-run";

/** Long work under way: what, how far, and how to stop it. */
export interface Busy {
  what: "check" | "score" | "refresh" | "write" | "open" | "template";
  done: number;
  total: number;
  cancel: () => void;
}

/** Everything the pane's views share. */
export interface PaneSession {
  host: WorkbookHost | null;
  workbook: WorkbookData | null;
  settings: Settings;
  /** Why the workbook's stored settings were refused (the defaults are in use), or null. */
  settingsIssues: SettingsIssue[] | null;
  /** The refused settings text, exported unchanged until new settings are saved. */
  settingsBadText: string | null;
  /** The template Check and Score use when none is picked in Check. */
  template: TemplateChoice;
  asOf: string;
  check: CheckResult | null;
  /** The last run: what the views show, the rest held where it was scored (the engine worker). */
  run: PaneRun | null;
  /** The run's result sheets are in the workbook (false until Write, or a refresh, put them there). */
  runWritten: boolean;
  busy: Busy | null;
  message: { kind: "info" | "error"; text: string } | null;
}

export interface SessionApi {
  state: PaneSession;
  set: (patch: Partial<PaneSession>) => void;
  /**
   * Runs long work once (a second call while it runs does nothing), with progress and a cancel; reads
   * the workbook through the host first when none is loaded yet. Errors become the pane's message.
   */
  work: <R>(
    what: Busy["what"],
    task: (workbook: WorkbookData, options: HostRunOptions) => Promise<R>
  ) => Promise<R | null>;
  /** Reads the workbook again after the host wrote to it. */
  reload: () => Promise<void>;
  /** Where validation and scoring run: the engine worker, or this thread where there is none. */
  engine: PaneEngine;
}

/** The pane's shared state; `describeError` turns a failure into the message shown. */
export function useSession(
  host: WorkbookHost | null,
  describeError: (error: unknown) => string,
  cancelledText: string,
  engine: PaneEngine
): SessionApi {
  const [state, setState] = React.useState<PaneSession>(() => ({
    host,
    workbook: null,
    settings: DEFAULT_SETTINGS,
    settingsIssues: null,
    settingsBadText: null,
    template: DETECT,
    asOf: todayIso(new Date()),
    check: null,
    run: null,
    runWritten: false,
    busy: null,
    message: null,
  }));
  const stateRef = React.useRef(state);
  stateRef.current = state;
  const set = React.useCallback((patch: Partial<PaneSession>) => {
    setState((s) => ({ ...s, ...patch }));
  }, []);

  React.useEffect(() => {
    set({ host, workbook: null, check: null, run: null, message: null });
    if (host === null) return;
    let current = true;
    // A workbook's own settings replace the pane's; broken ones leave the defaults and a warning.
    host.loadSettings().then(
      (stored) => {
        if (!current) return;
        const read = readStoredSettings(stored);
        set({
          settings: read.settings,
          settingsIssues: read.issues,
          settingsBadText: read.badText,
        });
      },
      () => undefined
    );
    return () => {
      current = false;
    };
  }, [host, set]);

  const guard = React.useMemo(() => busyGuard<Busy["what"]>(), []);

  const runTask = React.useCallback(
    async (what: Busy["what"], task: (w: WorkbookData, o: HostRunOptions) => Promise<unknown>) => {
      const current = stateRef.current;
      if (current.host === null) return null;
      const controller = new AbortController();
      const onProgress = (done: number, total: number): void =>
        setState((s) => (s.busy ? { ...s, busy: { ...s.busy, done, total } } : s));
      set({
        busy: { what, done: 0, total: 0, cancel: () => controller.abort() },
        message: null,
      });
      // Let the progress bar paint before a host read or a step left on this thread takes it.
      await new Promise((r) => setTimeout(r, 0));
      try {
        const options = { signal: controller.signal, onProgress };
        const workbook = current.workbook ?? (await readWorkbook(current.host, options));
        if (current.workbook === null) set({ workbook });
        if (controller.signal.aborted) throw abortError();
        return await task(workbook, options);
      } catch (error) {
        set({
          message: isAbort(error)
            ? { kind: "info", text: cancelledText }
            : { kind: "error", text: describeError(error) },
        });
        return null;
      } finally {
        set({ busy: null });
      }
    },
    [set, describeError, cancelledText]
  );

  const work = React.useCallback(
    <R>(what: Busy["what"], task: (w: WorkbookData, o: HostRunOptions) => Promise<R>) =>
      guard.run(what, () => runTask(what, task)) as Promise<R | null>,
    [guard, runTask]
  );

  const reload = React.useCallback(async () => {
    const h = stateRef.current.host;
    if (h !== null) set({ workbook: await readWorkbook(h) });
  }, [set]);

  return { state, set, work, reload, engine };
}
