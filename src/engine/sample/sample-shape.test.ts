import { dayFromIso } from "../day";
import { scoreWorkbook, type ScoreRun } from "../score-workbook";
import { DEFAULT_SETTINGS } from "../settings";
import { makeSample, type SampleKind } from "./make-sample";
import { eachScoredCustomer } from "../scored-customers";

const asOf = dayFromIso("2026-11-01")!;

/** The figures a manager reads first, from the engine's own scoring of a sample. */
function shape(run: ScoreRun) {
  const buyers = [...eachScoredCustomer(run)].filter((c) => (c.customer.orders ?? 0) > 0);
  const values = buyers.map((c) => c.tiers.value ?? 0).sort((a, b) => b - a);
  const net = values.reduce((a, b) => a + b, 0);
  const gains = values.filter((v) => v > 0).reduce((a, b) => a + b, 0);
  const top = values.slice(0, Math.round(values.length * 0.2)).reduce((a, b) => a + b, 0);
  const active = buyers.filter((c) => c.tiers.lifecycle !== "Churned");
  const giveBack = buyers.map(
    (c) =>
      ((c.customer.returns_amount ?? 0) + (c.customer.discount_amount ?? 0)) /
      (c.customer.sales_amount ?? 1)
  );
  return {
    buyers,
    net,
    gains,
    topFifthShare: top / net,
    lossShare: buyers.filter((c) => c.tiers.lossMaking).length / buyers.length,
    churnShare: active.filter((c) => c.tiers.churnAlert).length / active.length,
    giveBackUnder10: giveBack.filter((x) => x < 0.1).length / giveBack.length,
  };
}

function scored(kind: SampleKind, seed: number): ScoreRun {
  const rows = kind === "transactions" ? 5000 : 1000;
  const { workbook } = makeSample({ kind, rows, seed, asOf });
  return scoreWorkbook(workbook, { asOf, settings: DEFAULT_SETTINGS })!;
}

describe("samples shaped like a business (issue 16)", () => {
  const runs = (["enterprise", "individual", "transactions"] as SampleKind[]).flatMap((kind) =>
    [1, 2, 3].map((seed) => ({ kind, seed, run: scored(kind, seed) }))
  );

  it.each(runs.map((r) => [r.kind, r.seed, r.run] as const))(
    "%s seed %i: a long tail, a few loss-makers, churn a minority, small give-backs",
    (_kind, _seed, run) => {
      const s = shape(run);
      expect(s.topFifthShare).toBeGreaterThan(0.74);
      expect(s.topFifthShare).toBeLessThan(0.86);
      expect(s.lossShare).toBeGreaterThan(0.05);
      expect(s.lossShare).toBeLessThan(0.1);
      expect(s.churnShare).toBeGreaterThan(0.1);
      expect(s.churnShare).toBeLessThan(0.2);
      expect(s.giveBackUnder10).toBeGreaterThan(0.9);
      // Net value clearly positive: loss-makers take back well under half of what the others bring.
      expect(s.net).toBeGreaterThan(0.5 * s.gains);
      expect(run.tiers.abc.counts.A).toBeGreaterThan(0);
    }
  );

  it.each(runs.filter((r) => r.kind === "individual").map((r) => [r.seed, r.run] as const))(
    "individual seed %i: every buyer has what value, RFM, lifecycle and churn need",
    (_seed, run) => {
      for (const c of shape(run).buyers) {
        expect([c.customer.customer_id, c.tiers.value === null]).toEqual([
          c.customer.customer_id,
          false,
        ]);
        expect(c.tiers.rfm).not.toBeNull();
        expect(c.tiers.lifecycle).not.toBeNull();
        expect(c.tiers.churnAlert).not.toBeNull();
      }
    }
  );
});
