import * as React from "react";
import { createRoot } from "react-dom/client";
import { langFromTag } from "../i18n/lang";
import { App } from "./components/App";
import { ExcelHost } from "../hosts/excel/excel-host";
import { loadOfficeJs } from "./office/load-office-js";
import { startEngineWorker } from "./worker/start-engine-worker";
import { HostState, HostWindow, watchHost } from "./office/watchHost";

// Render before Office.js has said anything: outside Office (and on machines without internet)
// it never loads, and the pane must still come up, in browser mode.
const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container");
const root = createRoot(container);

let excelHost: ExcelHost | null = null;

function show(state: HostState): void {
  document.documentElement.lang = state.lang;
  // Excel's API exists only once Office.js has said it runs in Excel.
  if (state.mode === "excel" && excelHost === null && typeof Excel !== "undefined") {
    excelHost = new ExcelHost(Excel.run);
  }
  root.render(<App state={state} excelHost={excelHost} startWorker={startEngineWorker} />);
}

show({ mode: "starting", lang: langFromTag(navigator.language) });
const officeScript = loadOfficeJs(document);
// A failed load is answered by watchHost (browser mode); no unhandled rejection for it.
officeScript.catch(() => undefined);
// window.Office is declared by no type package (office.js may be absent), hence the narrowing cast.
const page = window as unknown as HostWindow;
watchHost(
  {
    // Read when asked: Office.js defines it only once it has loaded.
    get Office() {
      return page.Office;
    },
    officeScript,
    navigator,
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  },
  show
);
