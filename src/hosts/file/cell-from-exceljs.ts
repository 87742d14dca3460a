import type { CellValue as ExcelJsValue } from "exceljs";
import type { CellValue } from "../../engine/table/cell";

type RichText = { richText: { text: string }[] };

function isRichText(value: object): value is RichText {
  return "richText" in value && Array.isArray((value as RichText).richText);
}

function plain(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value : null;
  if (typeof value !== "object") return null;
  if ("error" in value) return { error: String((value as { error: unknown }).error) };
  if (isRichText(value)) return value.richText.map((run) => run.text ?? "").join("");
  // A hyperlink shows its text, which may itself be rich text.
  if ("hyperlink" in value)
    return plain((value as { text?: unknown }).text ?? (value as { hyperlink: unknown }).hyperlink);
  // A formula shows its cached result; without one the cell is empty to us.
  if ("formula" in value || "sharedFormula" in value)
    return plain((value as { result?: unknown }).result);
  return null;
}

/**
 * An ExcelJS cell value as the engine's CellValue: rich text and hyperlinks become their text,
 * formulas their cached result (null without one), errors `{ error: "#N/A" }`; dates stay Dates.
 */
export function cellFromExcelJs(value: ExcelJsValue | undefined): CellValue {
  return plain(value);
}
