import type { Localized } from "../../../i18n/lang";

/**
 * A fix would replace the first cell of a shared formula: the other cells of that formula hold
 * only a pointer to it, so they would be left without a formula. Nothing is written.
 */
export function sharedFormulaMessage(sheet: string, cells: string[]): Localized {
  return {
    "zh-CN":
      `工作表“${sheet}”的单元格 ${cells.join("、")} 是其他单元格共用公式的起点，修正它会让那些单元格失去公式，` +
      `因此未写入任何内容。请先在 Excel 中处理这些公式后再试。`,
    "en-US":
      `Cell${cells.length > 1 ? "s" : ""} ${cells.join(", ")} on sheet "${sheet}" start${cells.length > 1 ? "" : "s"} a formula ` +
      `other cells share; fixing ${cells.length > 1 ? "them" : "it"} would leave those cells without their formula, ` +
      `so nothing was written. Change those formulas in Excel first, then try again.`,
  };
}
