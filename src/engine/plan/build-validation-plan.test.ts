import { rowList } from "./plan-rows";
import { dayFromIso } from "../day";
import { makeSample } from "../sample/make-sample";
import { openTable } from "../table/open-table";
import { validateTable } from "../validate/validate";
import { buildValidationPlan, buildValidationSheet } from "./build-validation-plan";

const asOf = dayFromIso("2026-11-01")!;

describe("buildValidationPlan", () => {
  const { workbook } = makeSample({ kind: "enterprise", rows: 80, seed: 2, asOf, messy: true });
  const opened = openTable(workbook)!;
  const report = validateTable(opened.table, opened.template, { asOf, staleDays: 365 });

  it("lists every finding from row 5 with row, column, field title, code, severity, message and fix", () => {
    const plan = buildValidationPlan(report, opened.template, asOf, "zh-CN");
    expect(plan.sheets.map((s) => [s.key, s.name])).toEqual([["validation", "TierSheet 检查"]]);
    const findings = plan.sheets[0].tables[0];
    expect(findings.row).toBe(4);
    expect(findings.rows).toHaveLength(report.findings.length);
    const typeError = report.findings.findIndex((f) => f.code === "type-error");
    const row = rowList(findings.rows)[typeError];
    const f = report.findings[typeError];
    expect(row.slice(0, 5)).toEqual([
      f.row,
      f.column,
      opened.template.fields.find((x) => x.name === f.field)!.title["zh-CN"],
      "type-error",
      "error",
    ]);
    expect(String(row[5])).toContain(`第 ${f.row} 行`);
    expect(plan.sheets[0].cells[1].value).toBe(
      `${report.stats.errors} 个错误 · ${report.stats.warnings} 个警告 · ${report.stats.infos} 条提示`
    );
  });

  it("puts each customer's completeness below the findings, as a percent", () => {
    const plan = buildValidationPlan(report, opened.template, asOf, "en-US");
    const [findings, completeness] = plan.sheets[0].tables;
    expect(completeness.row).toBeGreaterThan(findings.row + findings.rows.length);
    expect(completeness.rows).toHaveLength(report.completeness.scores.length);
    expect(completeness.formats[2]).toBe("0.0%");
  });
});

describe("buildValidationSheet within Excel's last row", () => {
  const { workbook } = makeSample({ kind: "enterprise", rows: 80, seed: 2, asOf, messy: true });
  const opened = openTable(workbook)!;
  const report = validateTable(opened.table, opened.template, { asOf, staleDays: 365 });

  it("ends at the last row, findings first, and says on row 3 how many of each are shown", () => {
    const lastRow = 60;
    const sheet = buildValidationSheet(report, opened.template, asOf, "en-US", lastRow);
    const [findings, completeness] = sheet.tables;
    expect(report.findings.length + report.completeness.scores.length).toBeGreaterThan(lastRow);
    expect(completeness.row + completeness.rows.length).toBe(lastRow);
    expect(findings.rows.length).toBe(Math.min(report.findings.length, lastRow - 9));
    const note = sheet.cells.find((c) => c.row === 3);
    expect(note?.value).toBe(
      `Excel's last row: ${findings.rows.length} of ${report.findings.length} findings and ${completeness.rows.length} of ${report.completeness.scores.length} customers' completeness shown; "tiersheet validate --json" lists them all`
    );
    const zh = buildValidationSheet(report, opened.template, asOf, "zh-CN", lastRow);
    expect(zh.cells.find((c) => c.row === 3)?.value).toContain("受 Excel 最大行数所限");
  });

  it("shows everything, without a note, when it fits", () => {
    const sheet = buildValidationSheet(report, opened.template, asOf, "en-US");
    expect(sheet.tables[0].rows).toHaveLength(report.findings.length);
    expect(sheet.cells.some((c) => c.row === 3)).toBe(false);
  });
});
