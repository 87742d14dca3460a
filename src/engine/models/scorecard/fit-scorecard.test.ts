import type { CellValue } from "../../table/cell";
import type { SheetData } from "../../table/sheet";
import { applyScorecard } from "./apply-scorecard";
import { fitScorecard, type ScorecardFit } from "./fit-scorecard";
import { basePoints, binPoints, DEFAULT_POINTS_SCALE } from "./points";

/**
 * 200 applicants: a low "months" and renting raise the bad rate; "id" is an identifier; "noise"
 * carries nothing. Deterministic, so the fit is the same at every run.
 */
function applicants(
  extra: (i: number) => CellValue[] = () => [],
  extraTitles: string[] = []
): SheetData {
  const rows: CellValue[][] = [["id", "months", "housing", "noise", "bad", ...extraTitles]];
  for (let i = 0; i < 200; i++) {
    const months = (i * 7) % 60;
    const housing = i % 3 === 0 ? "rent" : "own";
    const bad = (months < 20 && i % 5 !== 0) || (housing === "rent" && i % 4 === 0) || i % 17 === 0;
    rows.push([`C${1000 + i}`, months, housing, i % 2, bad ? "bad" : "good", ...extra(i)]);
  }
  return { name: "Applicants", rows };
}

function fitted(sheet: SheetData, holdout = false): ScorecardFit {
  const result = fitScorecard(sheet, { target: "bad", holdout });
  if (!result.ok) throw new Error(result.problem.message["en-US"]);
  return result.fit;
}

describe("fitScorecard", () => {
  const fit = fitted(applicants());
  const variable = (name: string) => fit.variables.find((v) => v.name === name)!;

  it("reads the outcomes and reports each variable's verdict", () => {
    expect(fit.rows).toBe(200);
    expect(fit.bads + fit.goods).toBe(200);
    expect(variable("id")).toMatchObject({
      verdict: "identifier",
      kept: false,
      iv: null,
      bins: [],
    });
    expect(variable("noise")).toMatchObject({ verdict: "low-iv", kept: false });
    expect(variable("months").kept).toBe(true);
    expect(variable("housing").kept).toBe(true);
    expect(Object.keys(fit.model.coefficients)).toEqual(["months", "housing"]);
  });

  it("gives base and bin points by the formulas of data/README.md", () => {
    expect(fit.model.basePoints).toBeCloseTo(
      basePoints(fit.model.intercept, DEFAULT_POINTS_SCALE),
      10
    );
    for (const name of ["months", "housing"]) {
      for (const bin of variable(name).bins) {
        expect(bin.points).toBe(
          binPoints(fit.model.coefficients[name], bin.woe, DEFAULT_POINTS_SCALE)
        );
      }
    }
    expect(variable("noise").bins.every((b) => b.points === null)).toBe(true);
  });

  it("scores every row as base points + its bins' points, the way the settings score a file", () => {
    const sheet = applicants();
    const titles = sheet.rows[0] as string[];
    fit.customers.forEach((customer) => {
      const cells = sheet.rows[customer.row - 1];
      const applied = applyScorecard(fit.setting, (name) => cells[titles.indexOf(name)]);
      expect(customer.score).toBe(applied.score);
    });
    expect(fit.customers[0].row).toBe(2);
  });

  it("has consistent quality figures", () => {
    expect(fit.quality.auc).toBeGreaterThan(0.5);
    expect(fit.quality.aucTrapezoid).toBeCloseTo(fit.quality.auc, 12);
    expect(fit.quality.gini).toBeCloseTo(2 * fit.quality.auc - 1, 12);
    expect(fit.quality.holdout).toBeNull();
  });

  it("fits on rows 3-9 mod 10 with --holdout and reports the held-out rows' quality", () => {
    const held = fitted(applicants(), true);
    expect(held.rows).toBe(140);
    expect(held.quality.holdout?.rows).toBe(60);
    expect(held.customers).toHaveLength(200);
  });

  it("scores a row without an outcome but does not fit on it", () => {
    const sheet = applicants();
    sheet.rows[5][4] = null;
    const partial = fitted(sheet);
    expect(partial.rows).toBe(199);
    expect(partial.customers.find((c) => c.row === 6)).toMatchObject({ outcome: -1 });
  });
});

describe("fitScorecard problems", () => {
  const problem = (sheet: SheetData, target = "bad") => {
    const result = fitScorecard(sheet, { target, holdout: false });
    if (result.ok) throw new Error("fitted");
    return result.problem;
  };

  it("names the missing outcome column and the columns there are", () => {
    const p = problem(applicants(), "default");
    expect(p.code).toBe("no-target-column");
    expect(p.message["en-US"]).toContain('"default"');
    expect(p.message["en-US"]).toContain("months, housing");
    expect(p.message["zh-CN"]).toContain("“default”");
  });

  it("names the sheet, row and column of an unreadable outcome", () => {
    const sheet = applicants();
    sheet.rows[3][4] = "maybe";
    sheet.rows[7][4] = "?";
    const p = problem(sheet);
    expect(p.code).toBe("bad-target");
    expect(p.message["en-US"]).toBe(
      'Sheet "Applicants", row 4, column E: the outcome "maybe" is not 0/1, good/bad or 好/坏 (bad = default = 1); 1 more rows cannot be read either.'
    );
    expect(p.message["zh-CN"]).toContain("第 4 行 E 列");
  });

  it("refuses outcomes of one class", () => {
    const sheet = applicants();
    for (const row of sheet.rows.slice(1)) row[4] = 0;
    expect(problem(sheet).code).toBe("one-class");
  });

  it("says which two variables carry the same information", () => {
    const p = problem(applicants((i) => [(i * 7) % 60], ["months again"]));
    expect(p.code).toBe("singular");
    expect(p.message["en-US"]).toBe(
      'Variables "months" and "months again" carry the same information (collinear) and cannot both enter the model: leave one out and fit again.'
    );
    expect(p.message["zh-CN"]).toContain("变量“months”和“months again”携带相同的信息");
  });
});
