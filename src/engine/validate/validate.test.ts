import { ENTERPRISE_TEMPLATE } from "../template/enterprise";
import { buildTable, context, date, day, fixed, invalid } from "./test-table";
import { CHECKS, validateTable } from "./validate";

const T = ENTERPRISE_TEMPLATE;

describe("validateTable", () => {
  const table = buildTable({
    template: T,
    sheet: "客户档案",
    headerRow: 3,
    header: ["客户编号", "客户名称", "联系电话", "档案更新日期", "注册资本(万元)", "备注"],
    rows: [
      [
        "C1",
        "华为技术有限公司",
        "13812345678",
        date("2024-01-01"),
        fixed("1,000", 1000, 1000, "thousands-separator"),
      ],
      ["C2", "华为技术", invalid("138-1234", "bad-phone"), date("2022-01-01"), -5],
      [],
      ["C2", "华为技术", invalid("138-1234", "bad-phone"), date("2022-01-01"), -5],
      [null, { error: "#N/A" }, null, date("2025-01-01"), null, "note", "extra"],
    ],
  });
  const report = validateTable(
    table,
    T,
    context({ asOf: day("2024-06-30"), neededFields: ["gross_profit"] })
  );

  it("runs every check and sorts the findings by row then column", () => {
    expect(report.findings.map((f) => [f.row, f.column, f.code])).toEqual([
      [3, null, "missing-label"],
      [3, "F", "extra-label"],
      [4, "E", "format-fix"],
      [5, "B", "fuzzy-duplicate"],
      [5, "C", "type-error"],
      [5, "D", "stale-record"],
      [5, "E", "constraint-error"],
      [6, null, "blank-row"],
      [7, null, "duplicate-row"],
      [7, "A", "unique-error"],
      [7, "B", "fuzzy-duplicate"],
      [7, "C", "type-error"],
      [7, "D", "stale-record"],
      [7, "E", "constraint-error"],
      [8, "A", "missing-cell"],
      [8, "B", "formula-error"],
      [8, "D", "future-date"],
      [8, "G", "extra-cell"],
    ]);
    expect(CHECKS).toHaveLength(19);
  });

  it("counts by severity and code and says whether the table is valid", () => {
    expect(report).toMatchObject({
      template: "enterprise",
      sheet: "客户档案",
      headerRow: 3,
      rows: 4,
      valid: false,
    });
    expect(report.stats).toEqual({ errors: 9, warnings: 6, infos: 3 });
    expect(report.byCode).toMatchObject({
      "type-error": 2,
      "stale-record": 2,
      "missing-label": 1,
      "format-fix": 1,
    });
    expect(report.byCode["header-not-found"]).toBeUndefined();
  });

  it("gives each non-blank record's completeness and customer id", () => {
    const { rows, customerIds, scores } = report.completeness;
    expect(Array.from(rows, (row, i) => [row, customerIds[i]])).toEqual([
      [4, "C1"],
      [5, "C2"],
      [7, "C2"],
      [8, null],
    ]);
    // Row 4 fills 5 basic fields (id, name, phone, updated, capital) of 15: 0.4 x 5/15.
    expect(scores[0]).toBeCloseTo(0.4 / 3, 12);
    // Row 8: the #N/A name is empty, the extra note is no field: updated only.
    expect(scores[3]).toBeCloseTo(0.4 / 15, 12);
  });

  it("is valid with warnings and infos only", () => {
    const ok = buildTable({
      template: T,
      header: ["客户编号", "客户名称", "备注"],
      rows: [
        ["C1", "甲", "x"],
        ["C2", "乙"],
      ],
    });
    const r = validateTable(ok, T, context());
    expect(r.valid).toBe(true);
    expect(r.stats).toEqual({ errors: 0, warnings: 0, infos: 1 });
  });

  it("reports only header-not-found when there is no header", () => {
    const none = buildTable({
      template: T,
      header: [],
      rows: [],
      headerRow: null,
      sheet: "Sheet2",
    });
    const r = validateTable(none, T, context());
    expect(r.findings.map((f) => f.code)).toEqual(["header-not-found"]);
    expect(r).toMatchObject({ headerRow: null, rows: 0, valid: false });
    expect(r.completeness.scores).toHaveLength(0);
  });
});
