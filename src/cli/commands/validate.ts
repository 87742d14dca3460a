import * as path from "node:path";
import type { ParsedArgs } from "../args";
import type { CliIo } from "../io";
import type { Lang } from "../../i18n/lang";
import { asOfForFile, checkOptions, cliText, fileArgument } from "../common-options";
import { loadTable } from "../load-table";
import { validateTable } from "../../engine/validate/validate";
import { formatValidationJson } from "../format/validation-json";
import { formatValidationText } from "../format/validation-text";

const OPTIONS = ["sheet", "template", "as-of", "json", "lang"] as const;

/** `tiersheet validate FILE`: exit 0 without errors, 1 with errors, 2 when the input cannot be read. */
export async function runValidate(args: ParsedArgs, io: CliIo, lang: Lang): Promise<number> {
  checkOptions(args, OPTIONS);
  const file = fileArgument(args);
  const asOf = asOfForFile(args, path.resolve(io.cwd, file), (iso) =>
    io.err(cliText(lang).asOfFromWorkbook(iso) + "\n")
  );
  const loaded = await loadTable(file, args, io.cwd);
  const report = validateTable(loaded.table, loaded.template, { asOf, staleDays: 365 });
  if (args.options.json) {
    io.out(JSON.stringify(formatValidationJson(report, loaded.template, lang)) + "\n");
  } else {
    io.out(formatValidationText(report, loaded.template, loaded.fileName, lang));
  }
  return report.valid ? 0 : 1;
}
