import * as fs from "node:fs";
import * as path from "node:path";
import type { ParsedArgs } from "../args";
import type { CliIo } from "../io";
import type { Lang } from "../../i18n/lang";
import { cliText } from "../../i18n/cli";
import { CliError } from "../cli-error";
import { localized } from "../localized";
import { displayPath } from "../display-path";
import { asOfOption, checkOptions } from "../common-options";
import { makeSample, type SampleKind } from "../../engine/sample/make-sample";
import { buildXlsx } from "../../hosts/file/build-xlsx";
import { withAsOfProperty } from "../../hosts/file/xlsx/as-of-property";
import { isoFromDay } from "../../engine/day";
import { checkOutputTarget } from "../safe-write/output-target";
import { writeNewOutput } from "../safe-write/write-new-output";
import { SAMPLE_HEADER_ROW } from "../../engine/sample/sheet-from-records";
import { LESSON_IDS, type LessonId } from "../../engine/lessons/exercise";
import { makeLesson } from "../../engine/lessons/make-lesson";
import { lessonWorkbook } from "../../engine/lessons/lesson-workbook";

const OPTIONS = [
  "lesson",
  "kind",
  "rows",
  "seed",
  "messy",
  "as-of",
  "o",
  "output",
  "force",
  "lang",
] as const;
const KINDS: readonly SampleKind[] = ["enterprise", "individual", "transactions"];

function wholeNumber(args: ParsedArgs, name: string, fallback: number): number {
  const value = args.options[name];
  if (value === undefined) return fallback;
  const text = String(value);
  if (!/^\d+$/.test(text)) throw new CliError(localized((t) => t.badNumber(name, text)));
  return Number(text);
}

/** The output path of -o/--output, refusing to replace a file without --force. */
export function outputOption(args: ParsedArgs, cwd: string): string {
  const value = args.options.o ?? args.options.output;
  if (typeof value !== "string") throw new CliError(localized((t) => t.needOutput));
  const full = path.resolve(cwd, value);
  checkOutputTarget(full, displayPath(full, cwd));
  if (fs.existsSync(full) && !args.options.force)
    throw new CliError(localized((t) => t.outputExists(value)));
  return full;
}

/**
 * `tiersheet sample --kind K --rows N --seed S [--messy] -o FILE.xlsx`: a realistic, deterministic
 * workbook; with --messy, FILE.defects.json lists every injected defect (row, column, field, code).
 */
export async function runSample(args: ParsedArgs, io: CliIo, lang: Lang): Promise<number> {
  checkOptions(args, OPTIONS);
  if (args.options.lesson !== undefined) return writeLesson(args, io, lang);
  const kind = String(args.options.kind ?? "enterprise");
  if (!KINDS.includes(kind as SampleKind)) throw new CliError(localized((t) => t.badKind(kind)));
  const rows = wholeNumber(args, "rows", 500);
  const seed = wholeNumber(args, "seed", 1);
  const asOf = asOfOption(args);
  const output = outputOption(args, io.cwd);
  const sample = makeSample({
    kind: kind as SampleKind,
    rows,
    seed,
    asOf,
    messy: args.options.messy === true,
  });
  const headerRows = Object.fromEntries(
    sample.workbook.sheets.map((s) => [s.name, SAMPLE_HEADER_ROW])
  );
  writeNewOutput(
    output,
    displayPath(output, io.cwd),
    // The as-of date goes into the file: scoring it later uses the same date unless told otherwise.
    withAsOfProperty(await buildXlsx(sample.workbook, { headerRows }), isoFromDay(asOf)),
    io.env,
    (message) => io.err(message[lang] + "\n")
  );
  const text = cliText(lang);
  if (args.options.messy === true) {
    const defectsPath = output.replace(/\.xlsx$/i, "") + ".defects.json";
    fs.writeFileSync(defectsPath, JSON.stringify(sample.injected, null, 2) + "\n");
    io.out(text.wroteInjected(displayPath(defectsPath, io.cwd), sample.injected.length) + "\n");
  }
  io.out(text.wrote(displayPath(output, io.cwd)) + "\n");
  return 0;
}

/** `tiersheet sample --lesson L`: a class workbook with Exercises and a hidden Answers sheet. */
async function writeLesson(args: ParsedArgs, io: CliIo, lang: Lang): Promise<number> {
  const lesson = String(args.options.lesson);
  if (!LESSON_IDS.includes(lesson as LessonId))
    throw new CliError(localized((t) => t.badLesson(lesson)));
  const seed = wholeNumber(args, "seed", 1);
  const asOf = asOfOption(args);
  const output = outputOption(args, io.cwd);
  const workbook = lessonWorkbook(makeLesson(lesson as LessonId, seed, asOf), lang);
  const headerRows = Object.fromEntries(
    workbook.sheets.map((s, i) => [s.name, i === 0 ? SAMPLE_HEADER_ROW : 1])
  );
  writeNewOutput(
    output,
    displayPath(output, io.cwd),
    withAsOfProperty(await buildXlsx(workbook, { headerRows }), isoFromDay(asOf)),
    io.env,
    (message) => io.err(message[lang] + "\n")
  );
  io.out(cliText(lang).wrote(displayPath(output, io.cwd)) + "\n");
  return 0;
}
