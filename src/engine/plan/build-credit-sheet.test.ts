import { rowList } from "./plan-rows";
import { dayFromIso } from "../day";
import { makeSample, type SampleKind } from "../sample/make-sample";
import { scoreWorkbook, type ScoreRun } from "../score-workbook";
import { DEFAULT_SETTINGS } from "../settings";
import { buildCreditSheet } from "./build-credit-sheet";
import { missingFinancialFields } from "./no-financial-fields";
import { textWidth } from "./text-width";
import { eachScoredCustomer, scoredIndexOfRow } from "../scored-customers";

const asOf = dayFromIso("2026-11-01")!;

function run(kind: SampleKind): ScoreRun {
  const { workbook } = makeSample({ kind, rows: 40, seed: 5, asOf });
  return scoreWorkbook(workbook, { asOf, settings: DEFAULT_SETTINGS })!;
}

describe("buildCreditSheet without financial fields", () => {
  const individual = run("individual");

  it("says once, above the table, that grades need financial fields, and names them", () => {
    const sheet = buildCreditSheet(individual, "en-US");
    expect(sheet.cells).toHaveLength(1);
    expect(sheet.cells[0]).toMatchObject({ row: 1, column: 1, style: "note" });
    expect(String(sheet.cells[0].value)).toMatch(
      /^No financial fields: grades need .*Total assets/
    );
    expect(sheet.tables[0].row).toBe(3);
    expect(sheet.freeze).toEqual({ rows: 3, columns: 2 });
    const zh = buildCreditSheet(individual, "zh-CN");
    expect(String(zh.cells[0].value)).toMatch(/^没有财务字段：.*资产总额、负债总额/);
  });

  it("shows no score, grade, light or limit that could pass for a grade", () => {
    const sheet = buildCreditSheet(individual, "en-US");
    const table = sheet.tables[0];
    expect(table.rows).toHaveLength(40);
    for (const row of rowList(table.rows)) {
      expect(row).toHaveLength(table.header.length);
      expect(row.slice(2, -2).every((cell) => cell === null)).toBe(true);
      expect(row[row.length - 1]).toBeNull();
      expect(typeof row[0]).toBe("string");
    }
    expect([...eachScoredCustomer(individual)].some((c) => (c.credit.score ?? 0) > 0)).toBe(true);
  });

  it("keeps an enterprise file's scores and grades, with no note", () => {
    const enterprise = run("enterprise");
    expect(missingFinancialFields(enterprise, "en-US")).toBeNull();
    const sheet = buildCreditSheet(enterprise, "en-US");
    expect(sheet.cells).toEqual([]);
    expect(sheet.tables[0].row).toBe(1);
    expect(rowList(sheet.tables[0].rows).some((r) => typeof r[2] === "number")).toBe(true);
  });
});

describe("buildCreditSheet column widths", () => {
  it("shows every header and every reason in full", () => {
    const enterprise = run("enterprise");
    const sheet = buildCreditSheet(enterprise, "zh-CN");
    const table = sheet.tables[0];
    table.header.forEach((h, c) => {
      expect([h, sheet.columnWidths[c] >= textWidth(h) + 3]).toEqual([h, true]);
    });
    for (const row of rowList(table.rows))
      for (const c of [8, 9, 10])
        if (row[c] !== null)
          expect(sheet.columnWidths[c]).toBeGreaterThanOrEqual(textWidth(String(row[c])));
  });
});

describe("buildCreditSheet limits", () => {
  const enterprise = run("enterprise");
  const limitColumn = 6;

  it("shows limits rounded down to the nearest 1,000 by default, as whole amounts", () => {
    const table = buildCreditSheet(enterprise, "en-US").tables[0];
    expect(table.header[limitColumn]).toBe("Recommended limit");
    expect(table.formats[limitColumn]).toBe("#,##0");
    [...eachScoredCustomer(enterprise)].forEach((c, i) => {
      const shown = rowList(table.rows)[i][limitColumn];
      if (c.credit.limit === null) return expect(shown).toBeNull();
      expect(shown).toBe(Math.floor(c.credit.limit / 1000) * 1000);
    });
    expect(
      [...eachScoredCustomer(enterprise)].some((c) => (c.credit.limit ?? 0) % 1000 !== 0)
    ).toBe(true);
  });

  it("follows the setting: 0 shows the computed limit to the cent", () => {
    const exact = {
      ...enterprise,
      settings: {
        ...enterprise.settings,
        credit: { ...enterprise.settings.credit, limitRounding: 0 },
      },
    };
    const table = buildCreditSheet(exact, "en-US").tables[0];
    expect(rowList(table.rows).map((r) => r[limitColumn])).toEqual(
      [...eachScoredCustomer(enterprise)].map((c) => c.credit.limit)
    );
    expect(table.formats[limitColumn]).toBe("#,##0.00");
  });
});

describe("buildCreditSheet check flag", () => {
  it("flags each grade A or better in the distress zone, with the reason in words, and no other", () => {
    const enterprise = run("enterprise");
    const sheet = buildCreditSheet(enterprise, "en-US");
    const table = sheet.tables[0];
    const flag = table.header.indexOf("Check");
    const why = table.header.indexOf("Why check");
    expect(why).toBe(table.header.length - 1);
    const flagged = [...eachScoredCustomer(enterprise)].filter(
      (c) => ["AAA", "AA", "A"].includes(c.credit.grade) && c.altman?.zone === "distress"
    );
    expect(flagged.length).toBeGreaterThan(0);
    expect(rowList(table.rows).filter((r) => r[flag] === "check")).toHaveLength(flagged.length);
    const first = rowList(table.rows)[scoredIndexOfRow(enterprise, flagged[0].customer.row)];
    expect(first[why]).toBe(
      `Graded ${flagged[0].credit.grade} but Altman Z'' ${flagged[0].altman!.z.toFixed(2)} is in the distress zone (below 1.1): check the accounts before granting the limit.`
    );
    expect(sheet.conditionalFormats).toContainEqual(
      expect.objectContaining({ kind: "text-fill", range: "N2:N41", text: "check" })
    );
  });
});
