import type { Localized } from "../../i18n/lang";
import type { ScoreRun } from "../score-workbook";

export type LessonId = "pareto" | "rfm" | "lifecycle" | "credit" | "validation";
export const LESSON_IDS: readonly LessonId[] = [
  "pareto",
  "rfm",
  "lifecycle",
  "credit",
  "validation",
];

/** One question of a lesson and its answer, both computed from the lesson's own data by the engine. */
export interface Exercise {
  question: Localized;
  answer: Localized;
}

/** Builds a lesson's exercises from a scoring run of its data sheet. */
export type ExerciseBuilder = (run: ScoreRun) => Exercise[];

export const both = (zh: string, en: string): Localized => ({ "zh-CN": zh, "en-US": en });
