import type { Lang } from "../../i18n/lang";
import type { CellValue } from "../table/cell";
import type { WorkbookData } from "../table/sheet";
import type { Lesson } from "./make-lesson";

const TEXT = {
  "zh-CN": { exercises: "练习", answers: "答案", number: "序号", question: "问题", answer: "答案" },
  "en-US": {
    exercises: "Exercises",
    answers: "Answers",
    number: "No.",
    question: "Question",
    answer: "Answer",
  },
};

export const EXERCISES_SHEET: Record<Lang, string> = {
  "zh-CN": TEXT["zh-CN"].exercises,
  "en-US": TEXT["en-US"].exercises,
};
export const ANSWERS_SHEET: Record<Lang, string> = {
  "zh-CN": TEXT["zh-CN"].answers,
  "en-US": TEXT["en-US"].answers,
};

/**
 * The class workbook: the customer file, an Exercises sheet with the questions, and a hidden Answers
 * sheet for the trainer (questions again, with the engine's answers).
 */
export function lessonWorkbook(lesson: Lesson, lang: Lang): WorkbookData {
  const t = TEXT[lang];
  const exercises: CellValue[][] = [[t.number, t.question]];
  const answers: CellValue[][] = [[t.number, t.question, t.answer]];
  lesson.exercises.forEach((e, i) => {
    exercises.push([i + 1, e.question[lang]]);
    answers.push([i + 1, e.question[lang], e.answer[lang]]);
  });
  return {
    sheets: [
      ...lesson.data.sheets,
      { name: t.exercises, rows: exercises },
      { name: t.answers, rows: answers, hidden: true },
    ],
  };
}
