import type { Day } from "../../day";
import type { Table } from "../../table/table";
import type { TierSettings } from "../tiers/tier-settings";
import type { FitRefusal, PurchaseSummary } from "./clv-types";
import { fitClvModels, type ClvModels } from "./fit-clv-models";
import { purchasesFromTable } from "./purchases-from-table";
import { summarizePurchases } from "./summarize-purchases";

/** The predictive CLV of a scoring run (settings tiers.clv.model = "bgnbd"). */
export interface PredictiveClvRun {
  /** The fits; null without purchases to fit on. */
  models: ClvModels | null;
  /** The purchases summarised for the fit (the dashboard's period-transactions check); null without. */
  summary: PurchaseSummary | null;
  /** Why there are no predictions (no purchases, or BG/NBD refused); null when there are. */
  refusal: FitRefusal | null;
  /**
   * Per scored customer, in the run's order: NaN for a customer without a purchase by the as-of date,
   * and everywhere when refused; expectedSpend and clv NaN too without a spend model.
   */
  pAlive: Float64Array;
  expectedPurchases: Float64Array;
  expectedSpend: Float64Array;
  clv: Float64Array;
  /**
   * Per scored customer, the history P(alive) rests on, in the settings' period (Why? says it in
   * words): repeat purchases x, time from the first to the last purchase t_x, and from the first
   * purchase to the as-of date T. NaN for a customer without purchases by the as-of date.
   */
  repeatPurchases: Float64Array;
  recency: Float64Array;
  age: Float64Array;
}

/**
 * Fits BG/NBD and Gamma-Gamma on a transactions table's purchases up to asOf and gives each scored
 * customer (by customer_id) their P(alive), expected purchases and spend and predictive CLV over the
 * settings' horizon. The deterministic CLV is not touched: this only adds columns.
 */
export function predictiveClvForCustomers(
  purchasesTable: Table | null,
  customerIds: readonly (string | null)[],
  asOf: Day,
  settings: TierSettings["clv"]
): PredictiveClvRun {
  const n = customerIds.length;
  const columns = () => new Float64Array(n).fill(NaN);
  const out: PredictiveClvRun = {
    models: null,
    summary: null,
    refusal: null,
    pAlive: columns(),
    expectedPurchases: columns(),
    expectedSpend: columns(),
    clv: columns(),
    repeatPurchases: columns(),
    recency: columns(),
    age: columns(),
  };
  const parsed = purchasesTable ? purchasesFromTable(purchasesTable) : null;
  if (!parsed || parsed.purchases.day.length === 0)
    return { ...out, refusal: { code: "no-purchases" } };
  const done = summarizePurchases(parsed.purchases, { asOf, unit: settings.period });
  const models = fitClvModels(done.summary, {
    months: settings.horizonMonths,
    monthlyDiscount: settings.monthlyDiscount,
    unit: settings.period,
  });
  const rowOf = new Map<string, number>();
  done.customerIndex.forEach((c, row) => rowOf.set(parsed.ids[c], row));
  const s = done.summary;
  const rows = new Int32Array(n).fill(-1);
  customerIds.forEach((id, i) => {
    const row = id === null ? undefined : rowOf.get(id);
    if (row === undefined) return;
    rows[i] = row;
    out.repeatPurchases[i] = s.x[row];
    out.recency[i] = s.tx[row];
    out.age[i] = s.T[row];
  });
  if (!models.bgnbd.ok || !models.predictions) {
    return { ...out, models, summary: s, refusal: models.bgnbd.ok ? null : models.bgnbd.refusal };
  }
  const p = models.predictions;
  rows.forEach((row, i) => {
    if (row < 0) return;
    out.pAlive[i] = p.pAlive[row];
    out.expectedPurchases[i] = p.expectedPurchases[row];
    if (p.expectedSpend && p.clv) {
      out.expectedSpend[i] = p.expectedSpend[row];
      out.clv[i] = p.clv[row];
    }
  });
  return { ...out, models, summary: s };
}
