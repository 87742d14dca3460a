import type { PlanConditionalFormat } from "../../engine/plan/workbook-plan";
import type { XlWorksheet } from "./office-subset";

/** Adds a planned conditional format: a 3-colour scale (lowest, 50th percentile, highest) or a text fill. */
export function addConditionalFormat(sheet: XlWorksheet, format: PlanConditionalFormat): void {
  const range = sheet.getRange(format.range);
  if (format.kind === "color-scale") {
    const [low, middle, high] = format.colors;
    range.conditionalFormats.add("ColorScale").colorScale.criteria = {
      minimum: { type: "LowestValue", color: low },
      midpoint: { type: "Percentile", formula: "50", color: middle },
      maximum: { type: "HighestValue", color: high },
    };
    return;
  }
  const added = range.conditionalFormats.add("ContainsText");
  added.textComparison.format.fill.color = format.fill;
  added.textComparison.format.font.color = format.font;
  added.textComparison.rule = { operator: "Contains", text: format.text };
}
