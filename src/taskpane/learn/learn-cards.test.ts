import { creditDetail } from "../../engine/credit-detail";
import * as fs from "fs";
import * as path from "path";
import { dayFromIso } from "../../engine/day";
import { ahpWeights } from "../../engine/models/credit/ahp";
import { fuzzyEvaluate } from "../../engine/models/credit/fuzzy";
import { scoreCredit } from "../../engine/models/credit/scorecard";
import { rfmGrid } from "../../engine/plan/build-dashboard-sheet";
import { scoreWorkbook, type ScoreRun } from "../../engine/score-workbook";
import { columnLetter } from "../../engine/table/column-letter";
import { DEFAULT_SETTINGS, type Settings } from "../../engine/settings";
import { readXlsx } from "../../hosts/file/read-xlsx";
import type { Lang } from "../../i18n/lang";
import { learnCards, type LearnCard } from "./learn-cards";
import { eachScoredCustomer, scoredCustomerAt } from "../../engine/scored-customers";

const EXAMPLE = path.resolve(__dirname, "../../../examples/customers.xlsx");
const AS_OF = dayFromIso("2026-11-01")!;

async function scoreExample(settings: Settings = DEFAULT_SETTINGS): Promise<ScoreRun> {
  const workbook = await readXlsx(fs.readFileSync(EXAMPLE), "customers.xlsx");
  const run = scoreWorkbook(workbook, { asOf: AS_OF, settings });
  if (run === null) throw new Error("the example did not score");
  return run;
}

function card(cards: LearnCard[], id: string): LearnCard {
  const found = cards.find((c) => c.id === id);
  if (!found) throw new Error(`no card ${id}`);
  return found;
}

function figure(cards: LearnCard[], id: string, key: string): number | null | undefined {
  const found = card(cards, id).figures.find((f) => f.key === key);
  if (!found) throw new Error(`no figure ${id}/${key}`);
  return found.number;
}

describe("learnCards on examples/customers.xlsx", () => {
  let run: ScoreRun;
  let cards: LearnCard[];
  beforeAll(async () => {
    run = await scoreExample();
    cards = learnCards(run, null, "en-US");
  }, 30000);

  it("gives one card per concept, each with text, a formula and figures, in both languages", () => {
    const ids = ["pareto", "pyramid", "key", "rfm", "lifecycle", "churn", "clv"];
    const all = ids.concat(["5c", "5p", "ahp", "fuzzy", "altman", "why"]);
    for (const lang of ["en-US", "zh-CN"] as Lang[]) {
      const these = learnCards(run, null, lang);
      expect(these.map((c) => c.id)).toEqual(all);
      for (const c of these) {
        expect([c.id, c.title && c.explanation && c.formula ? "ok" : "empty"]).toEqual([
          c.id,
          "ok",
        ]);
        expect([c.id, c.figures.length > 0]).toEqual([c.id, true]);
      }
    }
    const zh = learnCards(run, null, "zh-CN");
    expect(card(zh, "pyramid").title).toBe("客户金字塔");
    expect(card(cards, "pyramid").title).not.toBe(card(zh, "pyramid").title);
    // Numbers do not depend on the language.
    expect(card(zh, "pareto").figures.map((f) => f.number)).toEqual(
      card(cards, "pareto").figures.map((f) => f.number)
    );
  });

  it("Pareto: A, B, C counts and value shares and the total are the run's", () => {
    for (const tier of ["A", "B", "C"] as const) {
      expect(figure(cards, "pareto", `${tier}.count`)).toBe(run.tiers.abc.counts[tier]);
      expect(figure(cards, "pareto", `${tier}.share`)).toBe(run.tiers.abc.valueShares[tier]);
    }
    expect(figure(cards, "pareto", "total")).toBe(run.tiers.totals.totalValue);
    expect(figure(cards, "pareto", "lossMaking")).toBe(run.tiers.totals.lossMaking);
    expect(run.tiers.abc.counts.A).toBeGreaterThan(0);
  });

  it("Pareto's Show me selects the value column over every record", () => {
    const show = card(cards, "pareto").showMe;
    const { rows, size, headerRow } = run.table;
    expect(show?.sheet).toBe(run.table.sheet);
    const letter = columnLetter(run.table.fieldColumns.gross_profit);
    expect(run.tiers.valueMeasure).toMatch(/^gross_profit/);
    expect(show?.address).toBe(`${letter}${headerRow! + 1}:${letter}${rows[size - 1]}`);
  });

  it("pyramid, key customers, lifecycle and stages count as the run does", () => {
    for (const level of ["VIP", "Major", "Ordinary", "Small", "Prospect"] as const)
      expect(figure(cards, "pyramid", level)).toBe(run.tiers.pyramid.counts[level]);
    expect(figure(cards, "key", "highValue")).toBe(run.tiers.keyCustomers.highValue);
    expect(figure(cards, "key", "influential")).toBe(run.tiers.keyCustomers.influential);
    expect(figure(cards, "key", "both")).toBe(run.tiers.keyCustomers.both);
    for (const status of ["Prospect", "First-time", "Repeat", "Loyal", "Churned"] as const)
      expect(figure(cards, "lifecycle", status)).toBe(run.tiers.lifecycle[status]);
    for (const stage of ["exploration", "formation", "stability", "decline"] as const)
      expect(figure(cards, "lifecycle", `stage.${stage}`)).toBe(run.tiers.stages[stage]);
  });

  it("RFM: the grid cells equal rfmGrid(run), R = 5 on top", () => {
    const table = card(cards, "rfm").table!;
    expect(table.rows.map((r) => r.numbers)).toEqual(rfmGrid(run));
    expect(table.rows.map((r) => r.label)).toEqual(["5", "4", "3", "2", "1"]);
    expect(figure(cards, "rfm", "scored")).toBe(run.tiers.totals.rfmScored);
  });

  it("churn: the alert count is the run's, and Show me selects a customer on alert", () => {
    expect(figure(cards, "churn", "alerts")).toBe(run.tiers.churnAlerts);
    const show = card(cards, "churn").showMe;
    if (run.tiers.churnAlerts > 0) {
      const row = Number(/(\d+)$/.exec(show!.address)![1]);
      expect(
        [...eachScoredCustomer(run)].find((c) => c.customer.row === row)?.tiers.churnAlert
      ).toBe(true);
    }
  });

  it("CLV: the worked example ends in the customer's own tiers.clv", () => {
    const scored = [...eachScoredCustomer(run)].find(
      (c) => c.tiers.clv !== null && c.tiers.rank !== 1
    )!;
    const these = learnCards(run, scored.customer.row, "en-US");
    expect(figure(these, "clv", "clv")).toBe(scored.tiers.clv);
    expect(figure(these, "clv", "value")).toBe(scored.tiers.value);
    const yearly = figure(these, "clv", "yearly")!;
    const multiplier = figure(these, "clv", "multiplier")!;
    expect(yearly * multiplier).toBeCloseTo(scored.tiers.clv!, 6);
    expect(card(these, "clv").showMe?.address).toMatch(
      new RegExp(`^[A-Z]+${scored.customer.row}$`)
    );
  });

  it("without a row (or an unknown one) the examples use the top-ranked customer", () => {
    const top = [...eachScoredCustomer(run)].find((c) => c.tiers.rank === 1)!;
    expect(figure(cards, "clv", "clv")).toBe(top.tiers.clv);
    const unknown = learnCards(run, 999999, "en-US");
    expect(figure(unknown, "clv", "clv")).toBe(top.tiers.clv);
  });

  it("5C: the chosen customer's points per indicator, score and confidence are the run's", () => {
    const scored = scoredCustomerAt(run, 3);
    const these = learnCards(run, scored.customer.row, "en-US");
    for (const i of creditDetail(run, scored).indicators)
      expect(figure(these, "5c", `points.${i.id}`)).toBe(i.points);
    expect(figure(these, "5c", "score")).toBe(scored.credit.score);
    expect(figure(these, "5c", "confidence")).toBe(scored.credit.confidence);
  });

  it("5P: the dimension scores are the engine's 5P scoring of the same customer", () => {
    const scored = scoredCustomerAt(run, 3);
    const these = learnCards(run, scored.customer.row, "en-US");
    const p = scoreCredit(scored.customer, run.asOf, { ...run.settings.credit, method: "5P" });
    expect(p.dimensions.map((d) => d.id)).toHaveLength(5);
    for (const d of p.dimensions) expect(figure(these, "5p", `dimension.${d.id}`)).toBe(d.score);
    expect(figure(these, "5p", "score")).toBe(p.score);
  });

  it("AHP: the 5C weight ratios on Saaty's scale, weights and CR from ahpWeights", () => {
    const dims = run.settings.credit.scorecard5C.dimensions;
    const table = card(cards, "ahp").table!;
    const matrix = table.rows.map((r) => r.numbers!);
    const ahp = ahpWeights(matrix);
    dims.forEach((d, i) => expect(figure(cards, "ahp", `weight.${d.id}`)).toBe(ahp.weights[i]));
    expect(figure(cards, "ahp", "cr")).toBe(ahp.cr);
    expect(figure(cards, "ahp", "lambdaMax")).toBe(ahp.lambdaMax);
    // Character 30 against Capacity 25 is 1.2, said as 1; against Conditions 10 it is 3.
    expect(matrix[0][1]).toBe(1);
    expect(matrix[0][4]).toBe(3);
    expect(matrix[4][0]).toBe(1 / 3);
    expect(ahp.cr).toBeGreaterThan(0);
    expect(ahp.consistent).toBe(true);
    // The heaviest dimension keeps the largest weight.
    expect(Math.max(...ahp.weights)).toBe(ahp.weights[0]);
  });

  it("fuzzy: the membership vector is fuzzyEvaluate's on the customer's points and weights", () => {
    const scored = scoredCustomerAt(run, 3);
    const these = learnCards(run, scored.customer.row, "en-US");
    const expected = fuzzyEvaluate(
      creditDetail(run, scored).indicators.map((i) => ({
        points: i.points,
        weight: i.effectiveWeight,
      })),
      run.settings.credit.fuzzyGrades
    )!;
    for (const m of expected.memberships)
      expect(figure(these, "fuzzy", `membership.${m.grade}`)).toBe(m.membership);
  });

  it("Altman: Z'' is the customer's, zone counts are the run's", () => {
    const scored = [...eachScoredCustomer(run)].find((c) => c.altman !== null)!;
    const these = learnCards(run, scored.customer.row, "en-US");
    expect(figure(these, "altman", "z")).toBe(scored.altman!.z);
    for (const zone of ["safe", "grey", "distress"])
      expect(figure(these, "altman", `zone.${zone}`)).toBe(run.credit.altmanZones[zone] ?? 0);
  });

  it("why it matters: the top 20% share beside the quoted figures", () => {
    expect(figure(cards, "why", "topShare")).toBe(run.tiers.mix.topValueShare);
    expect(figure(cards, "why", "churn")).toBe(run.tiers.churnAlerts);
  });

  it("5C under a 5P run is scored by the engine's 5C, not taken from the run", async () => {
    const p = await scoreExample({
      ...DEFAULT_SETTINGS,
      credit: { ...DEFAULT_SETTINGS.credit, method: "5P" },
    });
    const scored = scoredCustomerAt(p, 3);
    const these = learnCards(p, scored.customer.row, "en-US");
    const c5 = scoreCredit(scored.customer, p.asOf, { ...p.settings.credit, method: "5C" });
    expect(figure(these, "5c", "score")).toBe(c5.score);
    expect(figure(these, "5p", "score")).toBe(scored.credit.score);
  }, 30000);
});
