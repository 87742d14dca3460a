import type ExcelJS from "exceljs";
import type { PlanCell, PlanFormat } from "../../../engine/plan/workbook-plan";

type Style = Partial<ExcelJS.Style>;

/**
 * Style objects shared by every cell that looks alike. ExcelJS gives a style object its id once
 * (a WeakMap on the object), so sharing one object per column keeps writing 100,000 rows linear
 * and the styles part small; cells must never mutate them (no `cell.numFmt = ...`).
 */
export interface PlanStyles {
  header: Style;
  /**
   * No look at all. ExcelJS gives each new cell a fresh `{}` and then serialises that object to
   * find its style id, per cell; one shared empty object is looked up once.
   */
  plain: Style;
  /** Formula-like text: "@" keeps Excel from taking an edit of it for a formula. */
  text: Style;
  forFormat(format: PlanFormat | null | undefined): Style | undefined;
  forCell(style: PlanCell["style"], format: PlanFormat | undefined): Style | undefined;
}

const HEADER_FILL = "FFDDEBF7";
const NOTE_COLOR = "FF595959";

/** A font without a name is drawn in the viewer's fallback (a serif in LibreOffice): name it. */
const BODY_FONT = { name: "Calibri", family: 2, size: 11 } as const;

const CELL_LOOKS: Record<NonNullable<PlanCell["style"]>, Style> = {
  title: { font: { ...BODY_FONT, bold: true, size: 14 } },
  label: { font: { ...BODY_FONT, bold: true } },
  note: { font: { ...BODY_FONT, italic: true, color: { argb: NOTE_COLOR } } },
};

/** A fresh set of shared styles for one apply. */
export function makePlanStyles(): PlanStyles {
  const cache = new Map<string, Style>();
  const shared = (key: string, make: () => Style): Style => {
    let style = cache.get(key);
    if (!style) {
      style = make();
      cache.set(key, style);
    }
    return style;
  };
  return {
    header: {
      font: { ...BODY_FONT, bold: true },
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } },
      border: { bottom: { style: "thin", color: { argb: "FF9BC2E6" } } },
      alignment: { vertical: "middle" },
    },
    plain: {},
    text: { numFmt: "@" },
    forFormat(format) {
      return format ? shared(`f:${format}`, () => ({ numFmt: format })) : undefined;
    },
    forCell(look, format) {
      if (!look && !format) return undefined;
      return shared(`c:${look ?? ""}:${format ?? ""}`, () => ({
        ...(look ? CELL_LOOKS[look] : {}),
        ...(format ? { numFmt: format } : {}),
      }));
    },
  };
}
