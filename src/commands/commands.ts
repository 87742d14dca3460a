import { dayFromIso } from "../engine/day";
import { ExcelHost } from "../hosts/excel/excel-host";
import { langFromTag } from "../i18n/lang";
import { todayIso } from "../app/as-of";
import { registerCommands } from "./registerCommands";
import { runCommand } from "./run-command";

// The ribbon's Check, Score and Refresh tiers buttons: each runs on the open workbook through
// ExcelHost (Check writes the check report and highlights the problems; Score and Refresh tiers write
// the result sheets, the refresh adding a snapshot to the history) and always completes its event, so
// Excel never keeps a spinner. The guard keeps the page quiet when opened outside Office.
if (typeof Office !== "undefined") {
  // Office.js must hear onReady (or initialize) from every page; associations are made at load, as
  // Microsoft's template does, so that a click arriving during start-up finds its function.
  Office.onReady(() => undefined);
  registerCommands(Office.actions, async (name, event) => {
    try {
      const lang = langFromTag(Office.context.displayLanguage);
      await runCommand(name, new ExcelHost(Excel.run), {
        asOf: dayFromIso(todayIso(new Date()))!,
        lang,
      });
    } catch (error) {
      // A ribbon function has no UI of its own; the pane shows the same run's errors in full.
      console.error("TierSheet command failed", error);
    } finally {
      event.completed();
    }
  });
}
