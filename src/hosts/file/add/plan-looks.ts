import type { PlanCell, PlanFormat, PlanSheet } from "../../../engine/plan/workbook-plan";
import { argb } from "../plan/argb";
import type { CellLook, DiffLook } from "./append-styles";

/** A font drawn by name: without one a viewer falls back to its own (a serif in LibreOffice). */
const FACE = '<name val="Calibri"/><family val="2"/>';

const LOOKS: Record<NonNullable<PlanCell["style"]>, string> = {
  title: `<b/><sz val="14"/>${FACE}`,
  label: `<b/><sz val="11"/>${FACE}`,
  note: `<i/><sz val="11"/><color rgb="FF595959"/>${FACE}`,
};

const HEADER: CellLook = {
  font: `<b/><sz val="11"/>${FACE}`,
  fill: '<patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill>',
  border: '<left/><right/><top/><bottom style="thin"><color rgb="FF9BC2E6"/></bottom><diagonal/>',
  alignment: 'vertical="center"',
};

/** The key of a planned cell's look: "header", "text" (@), "f:FORMAT", "c:STYLE:FORMAT". */
export function cellLookKey(
  style: PlanCell["style"],
  format: PlanFormat | undefined
): string | null {
  if (!style && !format) return null;
  return style ? `c:${style}:${format ?? ""}` : `f:${format}`;
}

/** Whether a look key carries a font of its own (a formula-like text then keeps it, as in writeValue). */
export function hasFont(key: string | null): boolean {
  return key === "header" || (key !== null && key.startsWith("c:"));
}

function lookOf(key: string): CellLook {
  if (key === "header") return HEADER;
  if (key === "text") return { numFmt: "@" };
  if (key === "date") return { numFmt: "yyyy-mm-dd" };
  const [kind, style, format] = key.split(":");
  if (kind === "f") return { numFmt: style };
  const font = LOOKS[style as NonNullable<PlanCell["style"]>];
  return { ...(font ? { font } : {}), ...(format ? { numFmt: format } : {}) };
}

/** Every look the planned sheets use, by key, in a stable order (the order styles are appended in). */
export function planLookKeys(sheets: PlanSheet[]): string[] {
  const keys = new Set<string>(["header", "text", "date"]);
  for (const sheet of sheets) {
    for (const table of sheet.tables) for (const f of table.formats) if (f) keys.add(`f:${f}`);
    for (const cell of sheet.cells) {
      const key = cellLookKey(cell.style, cell.format);
      if (key) keys.add(key);
    }
  }
  return [...keys];
}

/** The looks for planLookKeys' keys, for appendStyles. */
export function looksFor(keys: string[]): CellLook[] {
  return keys.map(lookOf);
}

/** The differential formats of the planned text-fill conditional formats, by "fill|font" key. */
export function planDiffKeys(sheets: PlanSheet[]): string[] {
  const keys = new Set<string>();
  for (const sheet of sheets)
    for (const format of sheet.conditionalFormats)
      if (format.kind === "text-fill") keys.add(`${format.fill}|${format.font}`);
  return [...keys];
}

/** The dxf looks for planDiffKeys' keys (colours the plan gives as RGB hex). */
export function diffsFor(keys: string[]): DiffLook[] {
  return keys.map((key) => {
    const [fill, font] = key.split("|");
    return {
      font: `<color rgb="${argb(font) ?? "FF000000"}"/>`,
      fill: `<patternFill patternType="solid"><bgColor rgb="${argb(fill) ?? "FFFFFFFF"}"/></patternFill>`,
    };
  });
}
