import { dayFromIso, type Day } from "../../src/engine/day";
import type { Customer } from "../../src/engine/models/customer";
import { altmanZ } from "../../src/engine/models/credit/altman";
import { scoreCredit } from "../../src/engine/models/credit/scorecard";
import { scoreTiers } from "../../src/engine/models/tiers/score-tiers";
import { makeSample } from "../../src/engine/sample/make-sample";
import { createRandom } from "../../src/engine/sample/random";
import { scoreWorkbook } from "../../src/engine/score-workbook";
import { DEFAULT_SETTINGS, type Settings } from "../../src/engine/settings";
import { MEASURE_GROSS_PROFIT_LESS_SERVICE_COST } from "../../src/engine/sql/value-sql";
import { termsText } from "../../src/engine/sql/terms-text";
import type { SqlRow } from "../../src/cli/sql/run-duckdb";
import { eachScoredCustomer } from "../../src/engine/scored-customers";

export const PARITY_AS_OF = dayFromIso("2026-11-01") as Day;

const NULLABLE: (keyof Customer)[] = [
  "orders",
  "first_purchase",
  "last_purchase",
  "sales_amount",
  "gross_profit",
  "service_cost",
  "influence",
  "total_assets",
  "total_liabilities",
  "current_assets",
  "current_liabilities",
  "retained_earnings",
  "ebit",
  "overdue_days_avg",
  "overdue_count",
  "returns_amount",
  "discount_amount",
  "net_profit",
  "revenue",
  "revenue_prev",
  "registered_capital",
  "collateral_value",
  "credit_limit",
  "industry_risk",
  "founded",
];

/** The columns of the parity tables: every field the model can read. */
export const PARITY_FIELDS: readonly string[] = ["customer_id", ...NULLABLE];

/**
 * `count` enterprise customers from the sample generator, as the engine reads them, then roughened
 * so that every rule meets its edges: blanks in every field the model reads, equal values (ties by
 * id), losses and zeros, prospects with a purchase date, purchases after the as-of date, zero
 * totals for Altman, one-order customers and labels with stray case and spaces.
 */
export function parityCustomers(count: number, seed: number): Customer[] {
  const sample = makeSample({ kind: "enterprise", rows: count, seed, asOf: PARITY_AS_OF });
  const run = scoreWorkbook(sample.workbook, { asOf: PARITY_AS_OF, settings: DEFAULT_SETTINGS });
  const customers = [...eachScoredCustomer(run!)].map((c) => ({ ...c.customer }));
  const rng = createRandom(seed + 1);
  const record = (c: Customer) => c as unknown as Record<string, unknown>;
  for (const c of customers) {
    for (const field of NULLABLE) if (rng.chance(0.04)) record(c)[field] = null;
    const other = customers[rng.int(0, customers.length - 1)];
    if (rng.chance(0.03)) {
      c.gross_profit = other.gross_profit;
      c.service_cost = other.service_cost;
    }
    if (rng.chance(0.03)) c.sales_amount = other.sales_amount;
    if (rng.chance(0.02)) c.gross_profit = -Math.round(rng.uniform(0, 5000) * 100) / 100;
    if (rng.chance(0.01)) c.orders = 0;
    if (rng.chance(0.02)) c.orders = 1;
    if (rng.chance(0.01) && c.last_purchase !== null) c.last_purchase = PARITY_AS_OF + 5;
    if (rng.chance(0.01)) c.total_assets = 0;
    if (rng.chance(0.01)) c.total_liabilities = 0;
    if (rng.chance(0.01)) c.revenue_prev = 0;
    if (rng.chance(0.02)) c.industry_risk = rng.pick([" Low ", "MEDIUM", "high ", "未知"]);
  }
  return customers;
}

/** Every field the script gives, as the engine computes it, keyed by customer_id. */
export function engineRows(
  customers: readonly Customer[],
  fields: readonly string[],
  settings: Settings
): Map<string, SqlRow> {
  const tiers = scoreTiers(customers, fields, PARITY_AS_OF, settings.tiers);
  const measure = tiers.summary.valueMeasure;
  const rows = new Map<string, SqlRow>();
  customers.forEach((customer, i) => {
    const t = tiers.customers[i];
    const credit = scoreCredit(customer, PARITY_AS_OF, settings.credit);
    const altman = altmanZ(customer, settings.credit.altman);
    const row: SqlRow = {
      value_measure:
        measure === "none"
          ? null
          : measure === "gross_profit_less_service_cost"
            ? MEASURE_GROSS_PROFIT_LESS_SERVICE_COST
            : measure,
      value: t.value,
      value_rank: t.rank,
      abc: t.abc,
      loss_making: t.value === null ? null : t.lossMaking,
      pyramid: t.pyramid,
      buyer_rank: t.buyerRank,
      key_customer: t.key.kind,
      rfm_recency: t.rfm?.recency ?? null,
      rfm_r: t.rfm?.r ?? null,
      rfm_f: t.rfm?.f ?? null,
      rfm_m: t.rfm?.m ?? null,
      rfm_fm: t.rfm?.fm ?? null,
      rfm_segment: t.rfm?.segment ?? null,
      lifecycle: t.lifecycle,
      stage: t.stage,
      churn_alert: t.churnAlert,
      clv: t.clv,
      credit_score: credit.score,
      credit_confidence: credit.confidence,
      credit_grade: credit.grade,
      credit_light: credit.light,
      recommended_limit: credit.limit,
      credit_terms: credit.terms === null ? null : termsText(credit.terms),
      avg_monthly_sales: credit.averageMonthlySales,
      altman_z: altman?.z ?? null,
      altman_zone: altman?.zone ?? null,
    };
    const reasons = Math.max(0, Math.trunc(settings.credit.reasonCount));
    for (let r = 0; r < reasons; r++) row[`reason_${r + 1}`] = credit.reasons[r]?.id ?? null;
    rows.set(customer.customer_id, row);
  });
  return rows;
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b; // 0 === -0
  return a === b;
}

/**
 * Field-by-field differences between the engine's rows and the database's, customer by customer
 * (at most `limit` of them, with the count of all); every engine field must be in the database's
 * row with the same value, and no customer may be missing or extra.
 */
export function compareRows(
  expected: Map<string, SqlRow>,
  actual: readonly SqlRow[],
  limit = 20
): { differences: string[]; count: number; compared: number } {
  const differences: string[] = [];
  let count = 0;
  let compared = 0;
  const note = (text: string) => {
    count++;
    if (differences.length < limit) differences.push(text);
  };
  const seen = new Set<string>();
  for (const row of actual) {
    const id = String(row.customer_id);
    seen.add(id);
    const want = expected.get(id);
    if (!want) {
      note(`${id}: not a customer of the engine`);
      continue;
    }
    for (const [field, value] of Object.entries(want)) {
      compared++;
      if (!(field in row)) note(`${id}.${field}: missing from the SQL output`);
      else if (!same(value, row[field]))
        note(`${id}.${field}: engine ${JSON.stringify(value)}, SQL ${JSON.stringify(row[field])}`);
    }
  }
  for (const id of expected.keys()) if (!seen.has(id)) note(`${id}: missing from the SQL output`);
  return { differences, count, compared };
}
