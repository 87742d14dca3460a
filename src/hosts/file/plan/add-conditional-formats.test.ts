import ExcelJS from "exceljs";
import { addConditionalFormats } from "./add-conditional-formats";
import { isPlanApplyError } from "./plan-apply-error";

type Rule = ExcelJS.ConditionalFormattingRule;

function rulesOf(sheet: ExcelJS.Worksheet): { ref: string; rules: Rule[] }[] {
  return (sheet as unknown as { conditionalFormattings: { ref: string; rules: Rule[] }[] })
    .conditionalFormattings;
}

describe("addConditionalFormats", () => {
  it("adds a three-colour scale over min, median and max", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("s");
    addConditionalFormats(sheet, [
      { kind: "color-scale", range: "B2:F6", colors: ["#FFFFFF", "#9BC2E6", "1F4E78"] },
    ]);
    expect(rulesOf(sheet)).toEqual([
      {
        ref: "B2:F6",
        rules: [
          {
            type: "colorScale",
            priority: 1,
            cfvo: [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }],
            color: [{ argb: "FFFFFFFF" }, { argb: "FF9BC2E6" }, { argb: "FF1F4E78" }],
          },
        ],
      },
    ]);
  });
  it("fills cells whose text equals the text, quoting it as a formula string", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("s");
    addConditionalFormats(sheet, [
      { kind: "text-fill", range: "G2:G9", text: 'say "hi"', fill: "#FFC7CE", font: "#9C0006" },
    ]);
    const [rule] = rulesOf(sheet)[0].rules;
    expect(rule).toMatchObject({
      type: "cellIs",
      operator: "equal",
      formulae: ['"say ""hi"""'],
      priority: 1,
    });
    expect(rule.style).toEqual({
      fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } },
      font: { color: { argb: "FF9C0006" } },
    });
  });
  it("refuses a bad colour or range as an invalid plan", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("s");
    const badColour = () =>
      addConditionalFormats(sheet, [
        { kind: "text-fill", range: "A1", text: "A", fill: "green", font: "#000" },
      ]);
    expect(badColour).toThrow('invalid colour "green"');
    try {
      badColour();
    } catch (error) {
      expect(isPlanApplyError(error)).toBe(true);
    }
    expect(() =>
      addConditionalFormats(sheet, [
        { kind: "color-scale", range: "A:A", colors: ["#000", "#000", "#000"] },
      ])
    ).toThrow("not a cell range");
  });
});
