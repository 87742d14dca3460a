import type { PlanHighlight } from "../../engine/plan/workbook-plan";
import { cellAddress, parseAreaAddress } from "./a1";
import { chunkAddresses } from "./chunk-addresses";
import { fillKey, parseHighlightRecord, serializeHighlightRecord } from "./highlight-record";
import type { XlRangeCollection, XlRun, XlWorksheet } from "./office-subset";
import { HIGHLIGHTS_KEY } from "./setting-keys";

export const HIGHLIGHT_FILLS: Record<PlanHighlight["severity"], string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};
const RANK: Record<PlanHighlight["severity"], number> = { error: 3, warning: 2, info: 1 };

/** "$b$2" or "B2:C3" as single-cell addresses ("B2", ...); nothing for what is not an address. */
function cellsOf(address: string): string[] {
  const area = parseAreaAddress(address);
  if (!area) return [];
  const out: string[] = [];
  for (let i = area.top; i <= area.bottom; i++)
    for (let j = area.left; j <= area.right; j++) out.push(cellAddress(i, j));
  return out;
}

/**
 * Fills the cells of each highlight with its severity's colour (a cell named twice takes the more
 * severe). Before that it reads the fill each cell had and keeps it, by sheet id, under
 * "tiersheet.highlights"; a cell already highlighted keeps its first saved fill. Cells are grouped
 * by severity into getRanges calls of under 8,000 address characters: one formatting call per
 * chunk, whatever the number of cells. Three syncs in all.
 */
export async function highlight(run: XlRun, highlights: readonly PlanHighlight[]): Promise<void> {
  if (highlights.every((h) => h.cells.length === 0)) return;
  await run(async (ctx) => {
    const worksheets = ctx.workbook.worksheets.load(["items/name", "items/id"]);
    const stored = ctx.workbook.settings.getItemOrNullObject(HIGHLIGHTS_KEY).load("value");
    await ctx.sync();
    const record = parseHighlightRecord(stored.isNullObject ? null : stored.value);

    const targets = new Map<
      string,
      { sheet: XlWorksheet; severity: Map<string, PlanHighlight["severity"]> }
    >();
    for (const h of highlights) {
      const found = worksheets.items.find((s) => s.name.toLowerCase() === h.sheet.toLowerCase());
      if (!found)
        throw Object.assign(
          new Error(
            `No sheet named "${h.sheet}" to highlight. / 找不到要标记的工作表"${h.sheet}"。`
          ),
          { code: "sheet-not-found" }
        );
      let target = targets.get(found.id);
      if (!target)
        targets.set(
          found.id,
          (target = { sheet: ctx.workbook.worksheets.getItem(found.id), severity: new Map() })
        );
      for (const cell of h.cells.flatMap(cellsOf)) {
        const before = target.severity.get(cell);
        if (!before || RANK[h.severity] > RANK[before]) target.severity.set(cell, h.severity);
      }
    }

    const reads: { sheetId: string; areas: XlRangeCollection }[] = [];
    for (const [sheetId, { sheet, severity }] of targets) {
      const saved = record.get(sheetId);
      const fresh = [...severity.keys()].filter((c) => !saved?.has(c));
      for (const chunk of chunkAddresses(fresh)) {
        reads.push({
          sheetId,
          areas: sheet
            .getRanges(chunk)
            .areas.load(["items/address", "items/format/fill/color", "items/format/fill/pattern"]),
        });
      }
    }
    await ctx.sync();
    for (const { sheetId, areas } of reads) {
      let saved = record.get(sheetId);
      if (!saved) record.set(sheetId, (saved = new Map()));
      for (const area of areas.items) {
        const at = parseAreaAddress(area.address);
        if (at)
          saved.set(
            cellAddress(at.top, at.left),
            fillKey(area.format.fill.color, area.format.fill.pattern)
          );
      }
    }

    for (const { sheet, severity } of targets.values()) {
      for (const level of ["info", "warning", "error"] as const) {
        const cells = [...severity].filter(([, s]) => s === level).map(([c]) => c);
        for (const chunk of chunkAddresses(cells))
          sheet.getRanges(chunk).format.fill.color = HIGHLIGHT_FILLS[level];
      }
    }
    ctx.workbook.settings.add(HIGHLIGHTS_KEY, serializeHighlightRecord(record));
    await ctx.sync();
  });
}
