import type { CellWrite, HostRunOptions, SheetListing, WorkbookHost } from "../host";
import { dayFromIso, excelSerialFromDay } from "../../engine/day";
import { parseSheetRegistry } from "./sheet-registry";
import type { PlanHighlight, WorkbookPlan } from "../../engine/plan/workbook-plan";
import type { SheetData } from "../../engine/table/sheet";
import { applyPlanSheets } from "./apply-plan";
import { clearHighlights } from "./clear-highlights";
import { highlight } from "./highlight";
import type { XlRun } from "./office-subset";
import { readSheet } from "./read-sheet";
import { SETTINGS_KEY, SHEETS_KEY } from "./setting-keys";
import { areaAddress } from "./a1";
import { sheetValues } from "./sheet-values";
import { uniqueSheetName } from "./unique-sheet-name";
import type { CellValue } from "../../engine/table/cell";

/**
 * WorkbookHost over Office.js. `run` is `Excel.run` in the task pane and the fake's run in tests;
 * each method is one Excel.run (one user action).
 */
export class ExcelHost implements WorkbookHost {
  constructor(private readonly run: XlRun) {}

  async listSheets(): Promise<SheetListing[]> {
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load(["items/name", "items/visibility", "items/id"]);
      const stored = ctx.workbook.settings.getItemOrNullObject(SHEETS_KEY).load("value");
      await ctx.sync();
      const registry = parseSheetRegistry(stored.isNullObject ? null : stored.value);
      const keyOf = new Map(Object.entries(registry).map(([key, id]) => [id, key]));
      return sheets.items.map((s) => {
        const outputKey = keyOf.get(s.id);
        return {
          name: s.name,
          hidden: s.visibility !== "Visible",
          ...(outputKey ? { outputKey } : {}),
        };
      });
    });
  }

  /** Confirmed fixes: each listed cell gets its value, text as text and dates as dates, nothing else. */
  async writeCells(sheet: string, cells: CellWrite[]): Promise<void> {
    await this.run(async (ctx) => {
      const target = ctx.workbook.worksheets.getItem(sheet);
      for (const cell of cells) {
        const range = target.getRange(cell.address);
        if (cell.date && typeof cell.value === "string") {
          const day = dayFromIso(cell.value);
          range.numberFormat = [["yyyy-mm-dd"]];
          range.values = [[day === null ? cell.value : excelSerialFromDay(day)]];
        } else {
          // Text that Excel would turn into a formula or a number is kept as text.
          if (typeof cell.value === "string") range.numberFormat = [["@"]];
          range.values = [[cell.value]];
        }
      }
      await ctx.sync();
    });
  }

  /**
   * A new sheet with the rows in one range (text cells formatted "@" before the values go in), under
   * a name no sheet has, so a user's sheet is never overwritten. Resolves to that name.
   */
  async writeSheet(name: string, rows: CellValue[][]): Promise<string> {
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
      const unique = uniqueSheetName(
        name,
        sheets.items.map((s) => s.name)
      );
      const sheet = ctx.workbook.worksheets.add(unique);
      if (rows.length > 0) {
        const { values, formats, width } = sheetValues(rows);
        const range = sheet.getRange(
          areaAddress({ top: 0, left: 0, bottom: rows.length - 1, right: width - 1 })
        );
        range.numberFormat = formats;
        range.values = values;
      }
      sheet.activate();
      await ctx.sync();
      return unique;
    });
  }

  /** The active cell, so "Why?" can explain the customer on the selected row. */
  async selectedCell(): Promise<{ sheet: string; address: string } | null> {
    return this.run(async (ctx) => {
      const cell = ctx.workbook.getActiveCell().load("address");
      await ctx.sync();
      const match = /^(?:'?(.*?)'?)!(.+)$/.exec(cell.address);
      return match ? { sheet: match[1].replace(/''/g, "'"), address: match[2] } : null;
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
