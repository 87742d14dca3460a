import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { runCli, STACK_TRACE, tempDir } from "../support/run-cli";

const dir = tempDir();

/**
 * 300 applicants as a customer file: customer_id, name and sales_amount (so that `score` finds the
 * customer header), months and housing that drive the outcome, and the outcome itself.
 */
function applicantsCsv(
  outcome: (i: number, bad: boolean) => string = (_i, bad) => (bad ? "bad" : "good")
): string {
  const lines = ["customer_id,name,sales_amount,months,housing,outcome"];
  for (let i = 0; i < 300; i++) {
    const months = (i * 7) % 60;
    const housing = i % 3 === 0 ? "rent" : "own";
    const bad = (months < 20 && i % 5 !== 0) || (housing === "rent" && i % 4 === 0) || i % 17 === 0;
    lines.push(`C${1000 + i},Firm ${i},${(i * 37) % 1000},${months},${housing},${outcome(i, bad)}`);
  }
  return lines.join("\n") + "\n";
}

const file = join(dir, "applicants.csv");
writeFileSync(file, applicantsCsv());

interface FitJson {
  target: string;
  rows: number;
  bads: number;
  variables: {
    name: string;
    iv: number | null;
    kept: boolean;
    why: string;
    bins: Record<string, unknown>[];
  }[];
  model: {
    intercept: number;
    coefficients: Record<string, number>;
    basePoints: number;
    dropped: unknown[];
  };
  quality: { ks: number; auc: number; gini: number; holdout: Record<string, number> | null };
  customers: { row: number; score: number; grade: string }[];
}

describe("tiersheet fit scorecard", () => {
  let fit: FitJson;
  const settings = join(dir, "settings.json");

  beforeAll(async () => {
    const run = await runCli([
      "fit",
      "scorecard",
      file,
      "--target",
      "outcome",
      "--json",
      "-o",
      settings,
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    fit = JSON.parse(run.stdout);
  });

  it("prints the shape of issue #18", () => {
    expect(Object.keys(fit)).toEqual([
      "target",
      "rows",
      "bads",
      "variables",
      "model",
      "quality",
      "customers",
    ]);
    expect(Object.keys(fit.variables[0])).toEqual(["name", "iv", "kept", "why", "bins"]);
    const months = fit.variables.find((v) => v.name === "months")!;
    expect(Object.keys(months.bins[0])).toEqual([
      "label",
      "lower",
      "upper",
      "categories",
      "missing",
      "goods",
      "bads",
      "woe",
      "points",
    ]);
    expect(Object.keys(fit.model)).toEqual(["intercept", "coefficients", "basePoints", "dropped"]);
    expect(Object.keys(fit.quality)).toEqual(["ks", "auc", "gini", "holdout"]);
    expect(fit.quality.holdout).toBeNull();
    expect(Object.keys(fit.customers[0])).toEqual(["row", "score", "grade"]);
    expect(fit.rows).toBe(300);
    expect(fit.variables.find((v) => v.name === "customer_id")).toMatchObject({
      kept: false,
      iv: null,
    });
    expect(fit.variables.find((v) => v.name === "name")?.why).toMatch(/identifier/);
  });

  it("writes settings that score --settings applies: every row gets the score the fit printed", async () => {
    const written = JSON.parse(readFileSync(settings, "utf8"));
    expect(written.credit.method).toBe("statistical");
    const run = await runCli([
      "score",
      file,
      "--settings",
      settings,
      "--json",
      "--as-of",
      "2026-11-01",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const scored = JSON.parse(run.stdout) as {
      customers: { row: number; credit: { score: number; grade: string } }[];
    };
    expect(scored.customers).toHaveLength(fit.customers.length);
    const printed = new Map(fit.customers.map((c) => [c.row, c]));
    for (const customer of scored.customers) {
      const expected = printed.get(customer.row)!;
      // score --json rounds credit scores to 2 decimals.
      expect(customer.credit.score).toBe(Math.round(expected.score * 100) / 100);
      expect(customer.credit.grade).toBe(expected.grade);
    }
  });

  it("reports the holdout's quality with --holdout", async () => {
    const run = await runCli([
      "fit",
      "scorecard",
      file,
      "--target",
      "outcome",
      "--json",
      "--holdout",
    ]);
    const held = JSON.parse(run.stdout) as FitJson;
    expect(held.rows).toBe(210);
    expect(held.quality.holdout).toMatchObject({ rows: 90 });
    expect(Object.keys(held.quality.holdout!)).toEqual(["rows", "bads", "ks", "auc", "gini"]);
  });

  it("prints a report by IV without --json", async () => {
    const run = await runCli(["fit", "scorecard", file, "--target", "outcome", "--lang", "zh-CN"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("结果列“outcome”的统计评分卡");
    expect(run.stdout).toMatch(/months {2}IV \d\.\d{4} {2}入模/);
    expect(run.stdout).toContain("按分数十分位的坏账率");
  });

  it("refuses to replace a settings file without --force", async () => {
    const run = await runCli(["fit", "scorecard", file, "--target", "outcome", "-o", settings]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("exists already; add --force");
  });
});

describe("tiersheet fit scorecard: bad input", () => {
  it("asks for --target", async () => {
    const run = await runCli(["fit", "scorecard", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--target");
  });

  it("names the sheet, row and column of an unreadable outcome, in both languages", async () => {
    const bad = join(dir, "bad-outcome.csv");
    writeFileSync(
      bad,
      applicantsCsv((i, b) => (i === 4 ? "unknown" : b ? "1" : "0"))
    );
    for (const lang of ["en-US", "zh-CN"]) {
      const run = await runCli(["fit", "scorecard", bad, "--target", "outcome", "--lang", lang]);
      expect(run.code).toBe(2);
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(run.stderr).toContain(
        lang === "en-US"
          ? 'Sheet "bad-outcome", row 6, column F: the outcome "unknown"'
          : "第 6 行 F 列"
      );
    }
  });

  it("names an outcome column that is not there", async () => {
    const run = await runCli(["fit", "scorecard", file, "--target", "default"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no outcome column named "default"');
  });

  it("says which variables carry the same information", async () => {
    const twin = join(dir, "twin.csv");
    const lines = applicantsCsv().trimEnd().split("\n");
    writeFileSync(
      twin,
      lines.map((l, i) => `${l},${i === 0 ? "months2" : l.split(",")[3]}`).join("\n") + "\n"
    );
    const run = await runCli(["fit", "scorecard", twin, "--target", "outcome", "--lang", "zh-CN"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("变量“months”和“months2”携带相同的信息");
  });

  it("names both models when the model is missing or unknown", async () => {
    const missing = await runCli(["fit"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("tiersheet fit clv");
    expect(missing.stderr).toContain("tiersheet fit scorecard");
    const unknown = await runCli(["fit", "tree", file]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^"tree" is not a model TierSheet fits\./);
  });
});
