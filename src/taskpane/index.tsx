import * as React from "react";
import { createRoot } from "react-dom/client";
import { langFromTag } from "../i18n/lang";
import { App } from "./components/App";
import { ExcelHost } from "../hosts/excel/excel-host";
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
  root.render(<App state={state} excelHost={excelHost} />);
}

show({ mode: "starting", lang: langFromTag(navigator.language) });
// window.Office is declared by no type package (office.js may be absent), hence the narrowing cast.
watchHost(window as unknown as HostWindow, show);
