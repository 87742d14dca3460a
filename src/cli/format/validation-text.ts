import type { Template } from "../../engine/template/types";
import type { ValidationReport } from "../../engine/validate/report";
import type { FindingCode } from "../../engine/validate/finding";
import { SEVERITY } from "../../engine/validate/severity";
import { formatFinding } from "../../i18n/findings/format-finding";
import { cliText } from "../../i18n/cli";
import type { Lang } from "../../i18n/lang";

/** How many findings the readable summary lists before pointing to --json. */
const SHOWN = 20;

/** The readable summary of `tiersheet validate`: counts by code, then the first findings with row and column. */
export function formatValidationText(
  report: ValidationReport,
  template: Template,
  fileName: string,
  lang: Lang
): string {
  const t = cliText(lang);
  const lines: string[] = [t.summaryTitle(fileName, report.sheet, template.title[lang])];
  lines.push(report.headerRow === null ? t.noHeader : t.headerAt(report.headerRow, report.rows));
  const { errors, warnings, infos } = report.stats;
  lines.push(
    `${report.valid ? t.verdictValid : t.verdictInvalid} ${t.counts(errors, warnings, infos)}`
  );
  const codes = Object.entries(report.byCode) as [FindingCode, number][];
  if (codes.length > 0) {
    lines.push("", t.byCode);
    const width = Math.max(...codes.map(([code]) => code.length));
    for (const [code, count] of codes.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
      lines.push(`  ${code.padEnd(width)}  ${SEVERITY[code].padEnd(7)}  ${count}`);
    }
  }
  if (report.findings.length > 0) {
    const shown = report.findings.slice(0, SHOWN);
    lines.push(
      "",
      shown.length < report.findings.length
        ? t.firstFindings(shown.length, report.findings.length)
        : t.allFindings
    );
    for (const f of shown) {
      const where = [f.row === null ? "" : `${f.row}`, f.column ?? ""].filter(Boolean).join(":");
      const fix = f.fix === null ? "" : `  → ${t.fixLabel}: ${String(f.fix)}`;
      lines.push(
        `  [${f.severity}] ${where ? where + " " : ""}${f.code}: ${formatFinding(f, lang, template)}${fix}`
      );
    }
    if (shown.length < report.findings.length) lines.push(t.moreWithJson);
  }
  return lines.join("\n") + "\n";
}
