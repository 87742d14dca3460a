import { placeholderCommand } from "./placeholderCommand";
import { registerCommands } from "./registerCommands";

// The ribbon's Check, Score and Refresh tiers buttons. For now each one only opens the pane (where
// Office allows it) and completes; none reads or writes the workbook. They will call the engine through
// ExcelHost once the pane's workflow exists.
// The guard keeps the page quiet when opened outside Office, where office.js is absent.
if (typeof Office !== "undefined") {
  // Office.js must hear onReady (or initialize) from every page; associations are made at load, as
  // Microsoft's template does, so that a click arriving during start-up finds its function.
  Office.onReady(() => undefined);
  registerCommands(Office.actions, (_name, event) => placeholderCommand(Office.addin, event));
}
