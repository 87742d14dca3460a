import * as fs from "node:fs";
import * as path from "node:path";
import type { ParsedArgs } from "./args";
import { CliError } from "./cli-error";
import { localized } from "./localized";
import { loadWorkbookFile } from "../hosts/file/read-file";
import { openTable, type OpenedTable } from "../engine/table/open-table";
import { getBuiltinTemplate } from "../engine/template/builtin";
import { parseTemplate } from "../engine/template/parse-template";
import type { Template } from "../engine/template/types";
import type { WorkbookData } from "../engine/table/sheet";

export interface LoadedTable extends OpenedTable {
  fileName: string;
  workbook: WorkbookData;
}

export interface LoadedWorkbook {
  /** The file's absolute path. */
  fullPath: string;
  /** The file's bytes and kind, to write results into the same workbook. */
  bytes: Uint8Array;
  format: "xlsx" | "csv";
  fileName: string;
  workbook: WorkbookData;
  /** The template named by --template, if any. */
  template: Template | undefined;
  /** The sheet named by --sheet, if any. */
  sheetName: string | undefined;
}

/**
 * Reads FILE and the --template and --sheet options, refusing a workbook without sheets. `forWriting`
 * when results will be written into the same workbook: its ExcelJS model is kept for the writer.
 */
export async function loadWorkbook(
  file: string,
  args: ParsedArgs,
  cwd: string,
  forWriting = false
): Promise<LoadedWorkbook> {
  const fullPath = path.resolve(cwd, file);
  const { workbook, bytes, format } = await loadWorkbookFile(fullPath, { keepModel: forWriting });
  const fileName = path.basename(fullPath);
  const templateOption =
    typeof args.options.template === "string" ? args.options.template : undefined;
  const template = templateOption === undefined ? undefined : loadTemplate(templateOption, cwd);
  const sheetName = typeof args.options.sheet === "string" ? args.options.sheet : undefined;
  if (workbook.sheets.length === 0) throw new CliError(localized((t) => t.noSheets(fileName)));
  return { fullPath, bytes, format, fileName, workbook, template, sheetName };
}

/** Reads FILE, picks the sheet and template (given or detected) and reads the table. */
export async function loadTable(file: string, args: ParsedArgs, cwd: string): Promise<LoadedTable> {
  const { fileName, workbook, template, sheetName } = await loadWorkbook(file, args, cwd);
  const opened = openTable(workbook, { template, sheetName });
  if (opened === null) {
    const names = workbook.sheets.map((s) => s.name).join(", ");
    throw new CliError(localized((t) => t.sheetNotFound(fileName, sheetName ?? "", names)));
  }
  return { ...opened, fileName, workbook };
}

/** A built-in template id, or the path of a template .json file. */
export function loadTemplate(option: string, cwd: string): Template {
  const builtin = getBuiltinTemplate(option);
  if (builtin) return builtin;
  if (!/\.json$/i.test(option)) throw new CliError(localized((t) => t.unknownTemplate(option)));
  const fullPath = path.resolve(cwd, option);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(fullPath, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(localized((t) => t.templateFileUnreadable(option, reason)));
  }
  const parsed = parseTemplate(json);
  if ("errors" in parsed) {
    throw new CliError({
      "zh-CN": [
        localized((t) => t.templateInvalid(option))["zh-CN"],
        ...parsed.errors.map((e) => `  ${e.path}: ${e.message["zh-CN"]}`),
      ].join("\n"),
      "en-US": [
        localized((t) => t.templateInvalid(option))["en-US"],
        ...parsed.errors.map((e) => `  ${e.path}: ${e.message["en-US"]}`),
      ].join("\n"),
    });
  }
  return parsed.template;
}
