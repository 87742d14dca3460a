import type { Day } from "../day";
import { makeSample } from "../sample/make-sample";
import { scoreWorkbook, type ScoreRun } from "../score-workbook";
import { DEFAULT_SETTINGS } from "../settings";
import type { WorkbookData } from "../table/sheet";
import { creditExercises } from "./credit-lesson";
import type { Exercise, ExerciseBuilder, LessonId } from "./exercise";
import { lifecycleExercises } from "./lifecycle-lesson";
import { paretoExercises } from "./pareto-lesson";
import { rfmExercises } from "./rfm-lesson";
import { validationExercises } from "./validation-lesson";

/** How big each lesson's class file is, whether it is messy, and which questions it asks. */
export const LESSONS: Record<
  LessonId,
  { rows: number; messy: boolean; exercises: ExerciseBuilder }
> = {
  pareto: { rows: 50, messy: false, exercises: paretoExercises },
  rfm: { rows: 100, messy: false, exercises: rfmExercises },
  lifecycle: { rows: 60, messy: false, exercises: lifecycleExercises },
  credit: { rows: 30, messy: false, exercises: creditExercises },
  validation: { rows: 40, messy: true, exercises: validationExercises },
};

export interface Lesson {
  id: LessonId;
  /** The class's customer file. */
  data: WorkbookData;
  exercises: Exercise[];
}

/** The exercises of a lesson, computed by the engine from a workbook holding its data sheet. */
export function lessonExercises(id: LessonId, data: WorkbookData, asOf: Day): Exercise[] {
  const run: ScoreRun | null = scoreWorkbook(data, { asOf, settings: DEFAULT_SETTINGS });
  if (run === null) throw new Error(`lesson ${id}: its data sheet cannot be read`);
  return LESSONS[id].exercises(run);
}

/** A lesson for a class: its data (the same for the same seed) and the questions with their answers. */
export function makeLesson(id: LessonId, seed: number, asOf: Day): Lesson {
  const { rows, messy } = LESSONS[id];
  const { workbook } = makeSample({ kind: "enterprise", rows, seed, asOf, messy });
  return { id, data: workbook, exercises: lessonExercises(id, workbook, asOf) };
}
