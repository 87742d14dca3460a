import type { Localized } from "../../../i18n/lang";

/** Why a scorecard cannot be fitted on a sheet: a machine code and a message in both languages. */
export interface FitProblem {
  code: "no-header" | "no-target-column" | "bad-target" | "one-class" | "no-variables" | "singular";
  message: Localized;
}

export const fitProblems = {
  noHeader: (sheet: string): FitProblem => ({
    code: "no-header",
    message: {
      "zh-CN": `工作表“${sheet}”没有数据：第一行非空行应为列标题。`,
      "en-US": `Sheet "${sheet}" holds no table: its first non-empty row should hold the column titles.`,
    },
  }),
  noTargetColumn: (sheet: string, target: string, columns: string[]): FitProblem => ({
    code: "no-target-column",
    message: {
      "zh-CN": `工作表“${sheet}”没有名为“${target}”的结果列。现有列：${columns.join("、")}。`,
      "en-US": `Sheet "${sheet}" has no outcome column named "${target}". Its columns: ${columns.join(", ")}.`,
    },
  }),
  badTarget: (
    sheet: string,
    row: number,
    column: string,
    value: string,
    more: number
  ): FitProblem => ({
    code: "bad-target",
    message: {
      "zh-CN":
        `工作表“${sheet}”第 ${row} 行 ${column} 列的结果“${value}”不是 0/1、good/bad 或 好/坏（坏 = 违约 = 1）` +
        (more > 0 ? `；另有 ${more} 行同样无法读取。` : "。"),
      "en-US":
        `Sheet "${sheet}", row ${row}, column ${column}: the outcome "${value}" is not 0/1, good/bad or 好/坏 (bad = default = 1)` +
        (more > 0 ? `; ${more} more rows cannot be read either.` : "."),
    },
  }),
  oneClass: (sheet: string, target: string, goods: number, bads: number): FitProblem => ({
    code: "one-class",
    message: {
      "zh-CN": `工作表“${sheet}”的“${target}”列有 ${goods} 个好、${bads} 个坏：拟合评分卡需要两类都有。`,
      "en-US": `Column "${target}" of sheet "${sheet}" has ${goods} goods and ${bads} bads: a scorecard needs both.`,
    },
  }),
  noVariables: (sheet: string): FitProblem => ({
    code: "no-variables",
    message: {
      "zh-CN": `工作表“${sheet}”没有信息值（IV）达到 0.02 的变量，无法拟合评分卡。`,
      "en-US": `No variable of sheet "${sheet}" reaches an information value (IV) of 0.02: there is nothing to fit a scorecard on.`,
    },
  }),
  singular: (first: string, second: string): FitProblem => ({
    code: "singular",
    message: {
      "zh-CN": `变量“${first}”和“${second}”携带相同的信息（共线），无法同时放入模型：请去掉其中一个后重新拟合。`,
      "en-US": `Variables "${first}" and "${second}" carry the same information (collinear) and cannot both enter the model: leave one out and fit again.`,
    },
  }),
};
