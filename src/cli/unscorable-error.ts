import type { Unscorable } from "../app/score";
import { formatFinding } from "../i18n/findings/format-finding";
import { CliError } from "./cli-error";
import type { LoadedWorkbook } from "./load-table";
import { localized } from "./localized";

/** The message for a workbook with nothing to score: the sheet is missing, or has no usable header. */
export function unscorableError(reason: Unscorable, loaded: LoadedWorkbook): CliError {
  const { fileName } = loaded;
  if (reason.unscorable === "no-sheet") {
    const names = loaded.workbook.sheets.map((s) => s.name).join(", ");
    return new CliError(localized((t) => t.sheetNotFound(fileName, loaded.sheetName ?? "", names)));
  }
  const { finding, template } = reason;
  return new CliError({
    "zh-CN": `${fileName}：${formatFinding(finding, "zh-CN", template)}。无法评分。`,
    "en-US": `${fileName}: ${formatFinding(finding, "en-US", template)}. Nothing to score.`,
  });
}
