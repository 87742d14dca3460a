import type { HostRunOptions, WorkbookHost } from "../host";
import type { PlanHighlight, WorkbookPlan } from "../../engine/plan/workbook-plan";
import type { SheetData } from "../../engine/table/sheet";
import { applyPlanSheets } from "./apply-plan";
import { clearHighlights } from "./clear-highlights";
import { highlight } from "./highlight";
import type { XlRun } from "./office-subset";
import { readSheet } from "./read-sheet";
import { SETTINGS_KEY } from "./setting-keys";

/**
 * WorkbookHost over Office.js. `run` is `Excel.run` in the task pane and the fake's run in tests;
 * each method is one Excel.run (one user action).
 */
export class ExcelHost implements WorkbookHost {
  constructor(private readonly run: XlRun) {}

  async listSheets(): Promise<{ name: string; hidden: boolean }[]> {
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load(["items/name", "items/visibility"]);
      await ctx.sync();
      return sheets.items.map((s) => ({ name: s.name, hidden: s.visibility !== "Visible" }));
    });
  }

  readSheet(name: string, options?: HostRunOptions): Promise<SheetData> {
    return readSheet(this.run, name, options);
  }

  /** The plan's sheets whole or not at all, then its highlights (if any). */
  async applyPlan(plan: WorkbookPlan, options?: HostRunOptions): Promise<void> {
    await applyPlanSheets(this.run, plan, options);
    if (plan.highlights.length > 0) await highlight(this.run, plan.highlights);
  }

  highlight(highlights: PlanHighlight[]): Promise<void> {
    return highlight(this.run, highlights);
  }

  clearHighlights(): Promise<void> {
    return clearHighlights(this.run);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    await this.run(async (ctx) => {
      const target = ctx.workbook.worksheets.getItem(sheet);
      target.activate();
      target.getRange(address).select();
      await ctx.sync();
    });
  }

  async loadSettings(): Promise<string | null> {
    return this.run(async (ctx) => {
      const item = ctx.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
      await ctx.sync();
      return !item.isNullObject && typeof item.value === "string" ? item.value : null;
    });
  }

  async saveSettings(json: string): Promise<void> {
    await this.run(async (ctx) => {
      ctx.workbook.settings.add(SETTINGS_KEY, json);
      await ctx.sync();
    });
  }
}
