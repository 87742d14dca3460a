import { chunkAddresses } from "./chunk-addresses";
import { cellsByFill, fillFromKey, parseHighlightRecord } from "./highlight-record";
import type { XlRun } from "./office-subset";
import { HIGHLIGHTS_KEY } from "./setting-keys";

/**
 * Puts back the fill every highlighted cell had (no fill, a colour, a pattern), one getRanges call
 * per fill and address chunk, and forgets the record. Sheets deleted since are skipped.
 */
export async function clearHighlights(run: XlRun): Promise<void> {
  await run(async (ctx) => {
    const worksheets = ctx.workbook.worksheets.load("items/id");
    const stored = ctx.workbook.settings.getItemOrNullObject(HIGHLIGHTS_KEY).load("value");
    await ctx.sync();
    if (stored.isNullObject) return;
    const present = new Set(worksheets.items.map((s) => s.id));
    for (const [sheetId, cells] of parseHighlightRecord(stored.value)) {
      if (!present.has(sheetId)) continue;
      const sheet = ctx.workbook.worksheets.getItem(sheetId);
      for (const [key, list] of cellsByFill(cells)) {
        const fill = fillFromKey(key);
        for (const chunk of chunkAddresses(list)) {
          const areas = sheet.getRanges(chunk);
          if (fill === null) areas.format.fill.clear();
          else {
            areas.format.fill.color = fill.color;
            if (fill.pattern) areas.format.fill.pattern = fill.pattern;
          }
        }
      }
    }
    stored.delete();
    await ctx.sync();
  });
}
