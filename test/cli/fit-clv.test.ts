import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { referenceFile } from "../support/reference-data";
import { runCli, STACK_TRACE, tempDir } from "../support/run-cli";

const dir = tempDir();

/** A reproducible uniform generator (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 80 customers buying through 2024 (BG/NBD's story, in days), as [id, ISO date, amount] rows. */
function purchases(): [string, string, number][] {
  const next = random(11);
  const rows: [string, string, number][] = [];
  const start = Date.UTC(2024, 0, 1);
  for (let c = 1; c <= 80; c++) {
    const id = `C${String(c).padStart(3, "0")}`;
    const rate = -Math.log(1 - next()) / 20;
    const dropout = 1 - Math.cbrt(1 - next());
    const spend = 20 + 80 * next();
    let day = Math.floor(next() * 60);
    for (;;) {
      rows.push([
        id,
        new Date(start + day * 86_400_000).toISOString().slice(0, 10),
        Math.round(spend * (0.5 + next()) * 100) / 100,
      ]);
      if (next() < dropout) break;
      day += 1 + Math.floor(-Math.log(1 - next()) / rate);
      if (day > 365) break;
    }
  }
  return rows;
}

async function transactionsXlsx(name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("交易明细");
  ws.addRow(["客户编号", "交易日期", "交易金额"]);
  for (const [id, date, amount] of purchases()) ws.addRow([id, new Date(date), amount]);
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("tiersheet fit clv on a transactions sheet (交易明细)", () => {
  it("fits BG/NBD and Gamma-Gamma and prints the report", async () => {
    const file = await transactionsXlsx("tx.xlsx");
    const run = await runCli(["fit", "clv", file]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^tx\.xlsx: 80 customers, time in weeks, as of 2024-12-\d\d\n/);
    expect(run.stdout).toMatch(
      /BG\/NBD: r = [\d.]+, alpha = [\d.]+, a = [\d.]+, b = [\d.]+; log-likelihood -[\d.]+; converged in \d+ iterations/
    );
    expect(run.stdout).toMatch(/Gamma-Gamma \(\d+ repeat buyers\): p = /);
    expect(run.stdout).toMatch(
      /Next 12 months \(monthly discount 1%\): [\d.]+ purchases expected, predictive CLV [\d.]+ in all\./
    );
  });

  it("in days, with --as-of: leaves out later purchases and says how many (on stderr with --json)", async () => {
    const file = await transactionsXlsx("tx-days.xlsx");
    const later = purchases().filter(([, date]) => date > "2024-09-30");
    const lateOnly = new Set(purchases().map(([id]) => id));
    for (const [id, date] of purchases()) if (date <= "2024-09-30") lateOnly.delete(id);
    const run = await runCli([
      "fit",
      "clv",
      file,
      "--period",
      "days",
      "--as-of",
      "2024-09-30",
      "--json",
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`${later.length} purchases after 2024-09-30 left out of the fit`);
    const out = JSON.parse(run.stdout);
    expect(out.customers).toHaveLength(80 - lateOnly.size);
    expect(out.bgnbd.alpha).toBeGreaterThan(0);
  });

  it("speaks Chinese with --lang zh-CN", async () => {
    const file = await transactionsXlsx("tx-zh.xlsx");
    const run = await runCli(["fit", "clv", file, "--lang", "zh-CN"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("位客户，时间单位：周");
    expect(run.stdout).toContain("对数似然");
  });
});

describe("tiersheet fit clv on a summary", () => {
  it("names the sheet, row and column of a bad row, in both languages, without a stack trace", async () => {
    const file = join(dir, "bad-summary.csv");
    writeFileSync(file, "ID,frequency,recency,T\n1,2,30.43,38.86\n2,1.5,3,38.86\n3,0,4,38.86\n");
    const en = await runCli(["fit", "clv", file]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      "bad-summary.csv › bad-summary: 2 rows cannot be used; nothing was fitted:"
    );
    expect(en.stderr).toContain('bad-summary!B3 (frequency) "1.5": not a whole number');
    expect(en.stderr).toContain(
      'bad-summary!C4 (recency) "4": recency must be 0 without repeat purchases'
    );
    expect(en.stderr).not.toMatch(STACK_TRACE);
    const zh = await runCli(["fit", "clv", file, "--lang", "zh-CN"]);
    expect(zh.stderr).toContain("bad-summary!B3（frequency）“1.5”：不是整数");
  });

  it("refuses a model the data cannot carry, with the reason (exit 1)", async () => {
    const file = join(dir, "tiny.csv");
    writeFileSync(file, "x,t_x,T\n1,2,5\n0,0,5\n3,4,5\n");
    const run = await runCli(["fit", "clv", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "The BG/NBD model cannot be fitted: 3 customers, at least 20 are needed. The deterministic lifetime value stays.\n"
    );
  });

  it("refuses --as-of on a summary and an unknown --period", async () => {
    const file = join(dir, "tiny2.csv");
    writeFileSync(file, "x,t_x,T\n1,2,5\n");
    const asOf = await runCli(["fit", "clv", file, "--as-of", "2024-01-01"]);
    expect(asOf.code).toBe(2);
    expect(asOf.stderr).toContain("this file is a summary already");
    const period = await runCli(["fit", "clv", file, "--period", "months"]);
    expect(period.code).toBe(2);
    expect(period.stderr).toBe('--period "months" is not a time unit; use weeks or days.\n');
  });

  it("says what a file that is neither summary nor purchases lacks", async () => {
    const file = join(dir, "other.csv");
    writeFileSync(file, "name,city\nA,B\n");
    const run = await runCli(["fit", "clv", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is neither a purchase summary");
  });
});

describe("tiersheet fit", () => {
  it("without a model, or with an unknown one, names both models (exit 2)", async () => {
    for (const args of [["fit"], ["fit", "forest", "x.csv"]]) {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("tiersheet fit clv FILE");
      expect(run.stderr).toContain("tiersheet fit scorecard FILE");
    }
    expect((await runCli(["fit", "forest"])).stderr).toMatch(
      /^"forest" is not a model TierSheet fits\./
    );
  });
});

const withSpend = referenceFile("cdnow_customers_summary_with_transactions.csv");
(withSpend ? describe : describe.skip)("tiersheet fit clv on the CDNOW summary with spend", () => {
  it("prints exactly the documented JSON shape with the published parameters", async () => {
    const run = await runCli(["fit", "clv", withSpend!, "--json"]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(["bgnbd", "gammaGamma", "customers"]);
    expect(Object.keys(out.bgnbd)).toEqual(["r", "alpha", "a", "b", "logLikelihood"]);
    expect(Object.keys(out.gammaGamma)).toEqual(["p", "q", "v", "logLikelihood", "customers"]);
    expect(out.bgnbd.r).toBeCloseTo(0.2426, 3);
    expect(out.bgnbd.logLikelihood).toBeCloseTo(-9582.43, 2);
    expect(out.gammaGamma.customers).toBe(946);
    expect(out.gammaGamma.logLikelihood).toBeCloseTo(-4055.92, 2);
    expect(out.customers).toHaveLength(2357);
    const first = out.customers[0];
    expect(Object.keys(first)).toEqual([
      "customer_id",
      "pAlive",
      "expectedPurchases",
      "expectedSpend",
      "clv",
    ]);
    expect(first.customer_id).toBe("1");
    expect(first.pAlive).toBeCloseTo(0.7266, 3);
    expect(first.expectedSpend).toBeCloseTo(24.6586, 3);
    expect(first.clv).toBeGreaterThan(0);
  });
});

const master = referenceFile("CDNOW_master.txt");
(master ? describe : describe.skip)("tiersheet fit clv on CDNOW_master.txt", () => {
  it("fits all 23,570 customers; --as-of 1997-09-30 leaves out and counts the later purchases", async () => {
    const lines = readFileSync(master!, "latin1")
      .split(/\r?\n/)
      .slice(1)
      .filter((l) => l.trim());
    const later = lines.filter((l) => l.trim().split(/\s+/)[1] > "19970930").length;
    const run = await runCli(["fit", "clv", master!, "--as-of", "1997-09-30", "--json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`${later} purchases after 1997-09-30 left out of the fit.\n`);
    const out = JSON.parse(run.stdout);
    // Every CDNOW customer first bought in the first quarter of 1997.
    expect(out.customers).toHaveLength(23_570);
    expect(out.customers[0].customer_id).toBe("00001");
    expect(out.gammaGamma.customers).toBeGreaterThan(0);
  });
});

describe("tiersheet score with settings tiers.clv.model = bgnbd", () => {
  it("adds clvModel and each customer's predictions; the deterministic CLV is unchanged", async () => {
    const file = await transactionsXlsx("score-bgnbd.xlsx");
    const settings = join(dir, "bgnbd.json");
    writeFileSync(settings, JSON.stringify({ tiers: { clv: { model: "bgnbd" } } }));
    const asOf = ["--as-of", "2025-01-01", "--json"];
    const plain = JSON.parse((await runCli(["score", file, ...asOf])).stdout);
    const run = await runCli(["score", file, ...asOf, "--settings", settings]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(plain.clvModel).toBeUndefined();
    expect(plain.customers[0].predictiveClv).toBeUndefined();
    expect(Object.keys(out.clvModel)).toEqual([
      "model",
      "period",
      "horizonMonths",
      "monthlyDiscount",
      "bgnbd",
      "gammaGamma",
      "refused",
      "gammaGammaRefused",
    ]);
    expect(out.clvModel.refused).toBeNull();
    expect(out.clvModel.bgnbd.r).toBeGreaterThan(0);
    expect(out.customers.map((c: { clv: number }) => c.clv)).toEqual(
      plain.customers.map((c: { clv: number }) => c.clv)
    );
    const first = out.customers[0].predictiveClv;
    expect(Object.keys(first)).toEqual(["pAlive", "expectedPurchases", "expectedSpend", "clv"]);
    expect(first.pAlive).toBeGreaterThan(0);
    expect(first.pAlive).toBeLessThanOrEqual(1);
  });

  it("says why in clvModel.refused when the model cannot be fitted, and gives no predictions", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("交易明细");
    ws.addRow(["客户编号", "交易日期", "交易金额"]);
    ws.addRow(["C1", new Date("2024-01-05"), 10]);
    ws.addRow(["C1", new Date("2024-02-05"), 10]);
    const file = join(dir, "few.xlsx");
    await wb.xlsx.writeFile(file);
    const settings = join(dir, "bgnbd-zh.json");
    writeFileSync(settings, JSON.stringify({ tiers: { clv: { model: "bgnbd" } } }));
    const run = await runCli(["score", file, "--settings", settings, "--json", "--lang", "zh-CN"]);
    const out = JSON.parse(run.stdout);
    expect(out.clvModel.refused).toBe("只有 1 位客户，至少需要 20 位");
    expect(out.customers[0].predictiveClv).toBeNull();
  });

  it("alerts churn by P(alive) with rule p-alive, and says so in the summary", async () => {
    const file = await transactionsXlsx("score-p-alive.xlsx");
    const settings = join(dir, "p-alive.json");
    const chosen = { clv: { model: "bgnbd" }, churnAlert: { rule: "p-alive", pAliveBelow: 0.5 } };
    writeFileSync(settings, JSON.stringify({ tiers: chosen }));
    const asOf = ["--as-of", "2025-01-01"];
    const json = await runCli(["score", file, ...asOf, "--json", "--settings", settings]);
    const out = JSON.parse(json.stdout);
    for (const c of out.customers) {
      if (c.predictiveClv) expect(c.churnAlert).toBe(c.predictiveClv.pAlive < 0.5);
    }
    const alerts = out.customers.filter((c: { churnAlert: boolean }) => c.churnAlert).length;
    const text = await runCli([
      "score",
      file,
      ...asOf,
      "--settings",
      settings,
      "-o",
      join(dir, "p.xlsx"),
    ]);
    expect(text.stdout).toContain(`Churn alerts (P(alive) below 0.5): ${alerts} customers to call`);
    // Without the bgnbd model the rule is refused, naming the setting.
    writeFileSync(settings, JSON.stringify({ tiers: { churnAlert: { rule: "p-alive" } } }));
    const refused = await runCli(["score", file, ...asOf, "--json", "--settings", settings]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("needs the BG/NBD lifetime value model");
  });

  it("refuses a model that is not deterministic or bgnbd", async () => {
    const file = await transactionsXlsx("score-bad-model.xlsx");
    const settings = join(dir, "bad-model.json");
    writeFileSync(settings, JSON.stringify({ tiers: { clv: { model: "pareto-nbd" } } }));
    const run = await runCli(["score", file, "--settings", settings, "--json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('tiers.clv.model: must be "deterministic" or "bgnbd"');
  });
});
