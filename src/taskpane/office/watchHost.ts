import { Lang, langFromTag } from "../../i18n/lang";

/** Where the pane runs: still finding out, inside Excel, or in a plain browser. */
export type RunMode = "starting" | "excel" | "browser";

/** What the pane knows about its host. */
export interface HostState {
  mode: RunMode;
  lang: Lang;
}

/** The part of Office.js this module touches, so tests can pass a fake. */
export interface OfficeLike {
  onReady(): Promise<{ host: string | null; platform?: string | null }>;
  context?: { displayLanguage?: string };
}

/** The part of `window` this module touches. */
export interface HostWindow {
  Office?: OfficeLike;
  /** Office.js still loading (it is added without blocking the page): settles when it did or failed. */
  officeScript?: Promise<void>;
  navigator?: { language?: string };
  setTimeout(callback: () => void, ms: number): unknown;
}

/** How long Office.onReady may take before the pane settles for browser mode. */
export const OFFICE_READY_TIMEOUT_MS = 4000;

/**
 * Finds out whether the page runs inside Excel and in which language, and reports it.
 * Never blocks: the caller renders first. Reports browser mode when Office.js did not load, when
 * Office.onReady names no host (or another host), when it fails, or when it has not answered within
 * `timeoutMs`; if Excel answers after that timeout, reports again with mode "excel".
 */
export function watchHost(
  win: HostWindow,
  report: (state: HostState) => void,
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS
): void {
  const browserState: HostState = { mode: "browser", lang: langFromTag(win.navigator?.language) };
  if (!hasOffice(win.Office) && win.officeScript === undefined) {
    report(browserState);
    return;
  }
  let settled: RunMode | undefined;
  const settle = (state: HostState): void => {
    // The timeout may already have said "browser"; only a late Excel is worth a second report.
    if (settled === undefined || (settled === "browser" && state.mode === "excel")) {
      settled = state.mode;
      report(state);
    }
  };
  // One bounded wait covers both the script's download and Office.onReady's answer.
  win.setTimeout(() => settle(browserState), timeoutMs);
  const ask = (): void => {
    const office = win.Office;
    if (!hasOffice(office)) return settle(browserState);
    let ready: Promise<{ host: string | null }>;
    try {
      ready = office.onReady();
    } catch {
      settle(browserState);
      return;
    }
    ready.then(
      (info) => {
        if (info.host === "Excel") {
          const tag = office.context?.displayLanguage || win.navigator?.language;
          settle({ mode: "excel", lang: langFromTag(tag) });
        } else {
          settle(browserState);
        }
      },
      () => settle(browserState)
    );
  };
  if (hasOffice(win.Office) || win.officeScript === undefined) ask();
  else win.officeScript.then(ask, () => settle(browserState));
}

function hasOffice(office: OfficeLike | undefined): office is OfficeLike {
  return office !== undefined && typeof office.onReady === "function";
}
