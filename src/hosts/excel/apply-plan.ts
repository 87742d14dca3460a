import type { HostRunOptions } from "../host";
import type { PlanSheetKey, WorkbookPlan } from "../../engine/plan/workbook-plan";
import { addChart } from "./add-chart";
import { BlockWriter } from "./block-writer";
import { formatSheet, writeCells } from "./format-sheet";
import type { XlContext, XlRun, XlWorksheet } from "./office-subset";
import { SHEETS_KEY } from "./setting-keys";
import { parseSheetRegistry, serializeSheetRegistry, type SheetRegistry } from "./sheet-registry";
import { uniqueSheetName } from "./unique-sheet-name";
import { writeTable } from "./write-table";

interface NewSheet {
  key: PlanSheetKey;
  name: string;
  tempName: string;
  sheet: XlWorksheet;
}

function loadedId(sheet: XlWorksheet): string | null {
  try {
    return sheet.id;
  } catch {
    return null;
  }
}

/** Deletes the sheets this run added, found by id when known, else by their temporary names. */
async function rollBack(ctx: XlContext, added: NewSheet[]): Promise<void> {
  const found = added.map((a) =>
    ctx.workbook.worksheets.getItemOrNullObject(loadedId(a.sheet) ?? a.tempName)
  );
  await ctx.sync();
  for (const f of found) if (!f.isNullObject) f.delete();
  await ctx.sync();
}

/**
 * Applies a plan's sheets in one Excel.run, whole or not at all: new sheets are built under
 * temporary names (values in blocks, then formats, then charts); only when all of that is in does
 * one last sync delete the add-in's previous sheets of the same keys (found by the ids recorded under
 * "tiersheet.sheets", never by name), rename the new ones and record their ids. A name a user's sheet
 * already has gets " (2)" rather than touching the user's sheet. On any failure or abort the new
 * sheets are deleted and the workbook is as it was.
 */
export async function applyPlanSheets(
  run: XlRun,
  plan: WorkbookPlan,
  options: HostRunOptions = {}
): Promise<void> {
  if (plan.sheets.length === 0) return;
  await run(async (ctx) => {
    const worksheets = ctx.workbook.worksheets.load(["items/name", "items/id"]);
    const stored = ctx.workbook.settings.getItemOrNullObject(SHEETS_KEY).load("value");
    await ctx.sync();
    const registry: SheetRegistry = stored.isNullObject ? {} : parseSheetRegistry(stored.value);
    const existing = worksheets.items.map((s) => ({ id: s.id, name: s.name }));
    const taken = new Set(existing.map((s) => s.name));

    const added: NewSheet[] = [];
    try {
      for (const p of plan.sheets) {
        const tempName = uniqueSheetName(`~TierSheet ${p.key}`, taken);
        taken.add(tempName);
        added.push({
          key: p.key,
          name: p.name,
          tempName,
          sheet: ctx.workbook.worksheets.add(tempName).load("id"),
        });
      }
      const byKey = new Map(added.map((a) => [a.key, a.sheet] as const));
      const totalRows = plan.sheets.reduce(
        (n, p) => n + p.tables.reduce((m, t) => m + t.rows.length, 0),
        0
      );
      const writer = new BlockWriter(ctx, options, totalRows);

      // Values first, for every sheet; formats after; charts last, once their data is there.
      for (const [i, p] of plan.sheets.entries()) {
        for (const table of p.tables) await writeTable(writer, added[i].sheet, table);
        writeCells(added[i].sheet, p.cells);
      }
      plan.sheets.forEach((p, i) => formatSheet(added[i].sheet, p));
      plan.sheets.forEach((p, i) => p.charts.forEach((c) => addChart(added[i].sheet, c, byKey)));
      await writer.flush();

      // The swap: one sync, after which the plan is in.
      const replaced = new Set(
        plan.sheets.map((p) => registry[p.key]).filter((id): id is string => id !== undefined)
      );
      const kept = existing.filter((s) => !replaced.has(s.id));
      for (const s of existing)
        if (replaced.has(s.id)) ctx.workbook.worksheets.getItem(s.id).delete();
      const names = new Set([...kept.map((s) => s.name), ...added.map((a) => a.tempName)]);
      const next: SheetRegistry = { ...registry };
      for (const a of added) {
        names.delete(a.tempName);
        const name = uniqueSheetName(a.name, names);
        names.add(name);
        a.sheet.name = name;
        next[a.key] = a.sheet.id;
      }
      ctx.workbook.settings.add(SHEETS_KEY, serializeSheetRegistry(next));
      await ctx.sync();
    } catch (error) {
      try {
        await rollBack(ctx, added);
      } catch {
        // The first failure is the one to report; a failed clean-up leaves only "~TierSheet" sheets.
      }
      throw error;
    }
  });
}
