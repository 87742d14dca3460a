import type ExcelJS from "exceljs";
import type { PlanConditionalFormat } from "../../../engine/plan/workbook-plan";
import { argb } from "./argb";
import { parseCellRange } from "./cell-range";
import { invalidPlan } from "./plan-apply-error";

function colorOf(color: string, where: string): string {
  const value = argb(color);
  if (!value) {
    throw invalidPlan({
      "zh-CN": `条件格式 ${where} 的颜色“${color}”无效。`,
      "en-US": `conditional format ${where} has an invalid colour "${color}".`,
    });
  }
  return value;
}

/**
 * Adds the planned conditional formats: a three-colour scale (min, median, max), or a fill and
 * font colour for cells whose text equals the given text. Equality, not "contains": a grade "A"
 * must not light up "AA".
 */
export function addConditionalFormats(
  worksheet: ExcelJS.Worksheet,
  formats: PlanConditionalFormat[]
): void {
  formats.forEach((format, i) => {
    if (!parseCellRange(format.range)) {
      throw invalidPlan({
        "zh-CN": `条件格式的区域“${format.range}”不是单元格区域。`,
        "en-US": `conditional format range "${format.range}" is not a cell range.`,
      });
    }
    const priority = i + 1;
    if (format.kind === "color-scale") {
      worksheet.addConditionalFormatting({
        ref: format.range,
        rules: [
          {
            type: "colorScale",
            priority,
            cfvo: [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }],
            color: format.colors.map((c) => ({ argb: colorOf(c, format.range) })),
          },
        ],
      });
    } else {
      worksheet.addConditionalFormatting({
        ref: format.range,
        rules: [
          {
            type: "cellIs",
            operator: "equal",
            priority,
            formulae: [`"${format.text.replace(/"/g, '""')}"`],
            style: {
              fill: {
                type: "pattern",
                pattern: "solid",
                bgColor: { argb: colorOf(format.fill, format.range) },
              },
              font: { color: { argb: colorOf(format.font, format.range) } },
            },
          },
        ],
      });
    }
  });
}
