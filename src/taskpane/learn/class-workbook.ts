import type { Day } from "../../engine/day";
import type { LessonId } from "../../engine/lessons/exercise";
import { lessonWorkbook } from "../../engine/lessons/lesson-workbook";
import { makeLesson } from "../../engine/lessons/make-lesson";
import { buildXlsx } from "../../hosts/file/build-xlsx";
import type { Lang } from "../../i18n/lang";

// Loaded with import() when the trainer asks for a class workbook: it brings ExcelJS and the sample
// generator, which then stay out of the pane's first load (inside Excel too).

/** The class workbook's file name: the lesson and the seed, so a class can be made again. */
export function classWorkbookName(id: LessonId, seed: number): string {
  return `tiersheet-lesson-${id}-${seed}.xlsx`;
}

/**
 * An .xlsx file for a class: the lesson's customer file (the same for the same seed), the Exercises
 * sheet and the hidden Answers sheet, in the pane's language.
 */
export async function classWorkbookBytes(
  id: LessonId,
  seed: number,
  asOf: Day,
  lang: Lang
): Promise<Uint8Array> {
  return buildXlsx(lessonWorkbook(makeLesson(id, seed, asOf), lang));
}
