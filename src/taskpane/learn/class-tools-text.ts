import type { LessonId } from "../../engine/lessons/exercise";
import type { Lang } from "../../i18n/lang";

/** The Learn view's class tools in both languages (kept beside them: only this view uses them). */
export interface ClassToolsText {
  heading: string;
  intro: string;
  lesson: string;
  seed: string;
  seedInvalid: string;
  make: string;
  made: (name: string) => string;
  exportSummary: string;
  exportHint: string;
  exported: (sheet: string) => string;
  lessons: Record<LessonId, string>;
}

export const CLASS_TOOLS_TEXT: Record<Lang, ClassToolsText> = {
  "zh-CN": {
    heading: "课堂工具",
    intro:
      "为一堂课生成练习工作簿（同一种子得到同样的数据，答案在隐藏的“答案”工作表中），或导出可打印的讲义。",
    lesson: "课程",
    seed: "种子",
    seedInvalid: "种子须为 0 到 4294967295 之间的整数。",
    make: "生成课堂工作簿",
    made: (name) => `已生成 ${name}。`,
    exportSummary: "导出讲义",
    exportHint: "把每个概念及本工作簿的数字写入一张可打印的 A4 工作表。",
    exported: (sheet) => `讲义已写入工作表“${sheet}”。`,
    lessons: {
      pareto: "帕累托 / ABC",
      rfm: "RFM 分析",
      lifecycle: "客户生命周期",
      credit: "信用评估",
      validation: "数据校验",
    },
  },
  "en-US": {
    heading: "Class tools",
    intro:
      "Make a workbook for a class (the same seed gives the same data; the answers are on a hidden Answers sheet), or export a printable handout.",
    lesson: "Lesson",
    seed: "Seed",
    seedInvalid: "The seed is a whole number from 0 to 4294967295.",
    make: "Make a class workbook",
    made: (name) => `${name} is ready.`,
    exportSummary: "Export summary",
    exportHint: "Writes every concept with this workbook's figures to a printable A4 sheet.",
    exported: (sheet) => `The handout is on the sheet "${sheet}".`,
    lessons: {
      pareto: "Pareto / ABC",
      rfm: "RFM analysis",
      lifecycle: "Customer lifecycle",
      credit: "Credit scoring",
      validation: "Data validation",
    },
  },
};
