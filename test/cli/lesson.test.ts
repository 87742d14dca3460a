import { readFileSync } from "fs";
import { join } from "path";
import { dayFromIso } from "../../src/engine/day";
import { LESSON_IDS } from "../../src/engine/lessons/exercise";
import { ANSWERS_SHEET, EXERCISES_SHEET } from "../../src/engine/lessons/lesson-workbook";
import { lessonExercises } from "../../src/engine/lessons/make-lesson";
import { readXlsx } from "../../src/hosts/file/read-xlsx";
import { runCli, tempDir } from "../support/run-cli";

const dir = tempDir();
const asOf = dayFromIso("2026-11-01")!;

describe.each(LESSON_IDS)("tiersheet sample --lesson %s", (lesson) => {
  it.each(["zh-CN", "en-US"] as const)(
    "writes data, Exercises and hidden Answers whose answers the engine recomputes (%s)",
    async (lang) => {
      const file = join(dir, `${lesson}-${lang}.xlsx`);
      const run = await runCli([
        "sample",
        "--lesson",
        lesson,
        "--seed",
        "11",
        "--as-of",
        "2026-11-01",
        "--lang",
        lang,
        "-o",
        file,
      ]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const workbook = await readXlsx(readFileSync(file), file);
      const exercises = workbook.sheets.find((s) => s.name === EXERCISES_SHEET[lang])!;
      const answers = workbook.sheets.find((s) => s.name === ANSWERS_SHEET[lang])!;
      expect(answers.hidden).toBe(true);
      expect(exercises.hidden).not.toBe(true);
      // Recompute from the class's own data, as read back from the file, not from what made it.
      const data = { sheets: workbook.sheets.filter((s) => s !== exercises && s !== answers) };
      const recomputed = lessonExercises(lesson, data, asOf);
      expect(recomputed.length).toBeGreaterThanOrEqual(2);
      expect(exercises.rows.slice(1).map((r) => r[1])).toEqual(
        recomputed.map((e) => e.question[lang])
      );
      expect(answers.rows.slice(1).map((r) => r[2])).toEqual(recomputed.map((e) => e.answer[lang]));
      for (const e of recomputed) expect(e.answer[lang].length).toBeGreaterThan(0);
    }
  );
});

describe("lesson questions", () => {
  it("asks which grade a customer gets and why, and which customers are VIP", async () => {
    const file = join(dir, "credit-q.xlsx");
    await runCli(["sample", "--lesson", "credit", "--as-of", "2026-11-01", "-o", file]);
    const wb = await readXlsx(readFileSync(file), file);
    const q = wb.sheets.find((s) => s.name === "Exercises")!.rows.map((r) => String(r[1]));
    expect(q.some((x) => /Which grade does customer C\d+ get, and why\?/.test(x))).toBe(true);
  });

  it("refuses an unknown lesson", async () => {
    const run = await runCli(["sample", "--lesson", "poetry", "-o", join(dir, "x.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("pareto, rfm, lifecycle, credit or validation");
  });
});
