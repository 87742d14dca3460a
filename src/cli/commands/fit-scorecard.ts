import * as fs from "node:fs";
import * as path from "node:path";
import type { ParsedArgs } from "../args";
import type { CliIo } from "../io";
import type { Lang } from "../../i18n/lang";
import { CliError } from "../cli-error";
import { localized } from "../localized";
import { checkOptions, fileArgument } from "../common-options";
import { loadWorkbook } from "../load-table";
import { displayPath } from "../display-path";
import { fitScorecard } from "../../engine/models/scorecard/fit-scorecard";
import { userSheets } from "../../engine/table/sheet";
import { SETTINGS_VERSION } from "../../engine/settings";
import { scorecardText } from "../../i18n/scorecard";
import { fitScorecardJson } from "../format/fit-scorecard-json";
import { formatFitScorecardText } from "../../engine/explain/scorecard/fit-report-text";

const OPTIONS = ["sheet", "target", "holdout", "json", "lang", "o", "output", "force"] as const;

/** Where the settings go (-o), refusing to replace a file without --force; null without -o. */
function settingsOutput(args: ParsedArgs, cwd: string): string | null {
  const option = args.options.o ?? args.options.output;
  if (option === undefined) return null;
  if (typeof option !== "string") throw new CliError(localized((t) => t.optionNeedsValue("o")));
  const output = path.resolve(cwd, option);
  if (fs.existsSync(output) && args.options.force !== true) {
    throw new CliError(localized((t) => t.outputExists(displayPath(output, cwd))));
  }
  return output;
}

/**
 * Writes through a temporary file renamed into place, as write-scored.ts does for workbooks (whose
 * module, with the plan builders, would double this command's start-up): never half a file.
 */
function writeSettingsFile(target: string, text: string): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  try {
    fs.writeFileSync(temp, text, "utf8");
    fs.renameSync(temp, target);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/**
 * `tiersheet fit scorecard FILE --target COLUMN`: fits the statistical scorecard of domain.md §5
 * on the sheet's outcomes, prints each variable's IV and bins and the model's quality (or --json),
 * and with -o writes settings (credit.method "statistical") that `score --settings` applies.
 */
export async function runFitScorecard(args: ParsedArgs, io: CliIo, lang: Lang): Promise<number> {
  checkOptions(args, OPTIONS);
  const file = fileArgument(args);
  const target = args.options.target;
  if (typeof target !== "string" || target.trim() === "") {
    const text = {
      "zh-CN": scorecardText("zh-CN").needTarget,
      "en-US": scorecardText("en-US").needTarget,
    };
    throw new CliError(text);
  }
  const output = settingsOutput(args, io.cwd);
  const { workbook, fileName, sheetName } = await loadWorkbook(file, args, io.cwd);
  const sheets = userSheets(workbook);
  const sheet = sheetName === undefined ? sheets[0] : sheets.find((s) => s.name === sheetName);
  if (sheet === undefined) {
    const names = sheets.map((s) => s.name).join(", ");
    throw new CliError(localized((t) => t.sheetNotFound(fileName, sheetName ?? "", names)));
  }
  const result = fitScorecard(sheet, { target, holdout: args.options.holdout === true });
  if (!result.ok) throw new CliError(result.problem.message);
  const fit = result.fit;
  if (output !== null) {
    const settings = {
      version: SETTINGS_VERSION,
      credit: { method: "statistical", statistical: fit.setting },
    };
    writeSettingsFile(output, JSON.stringify(settings, null, 2) + "\n");
  }
  if (args.options.json === true) {
    io.out(JSON.stringify(fitScorecardJson(fit, lang)) + "\n");
  } else {
    io.out(formatFitScorecardText(fit, fileName, lang));
    if (output !== null)
      io.out(scorecardText(lang).wroteSettings(displayPath(output, io.cwd)) + "\n");
  }
  return 0;
}
