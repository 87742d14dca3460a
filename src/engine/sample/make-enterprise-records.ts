import type { Day } from "../day";
import type { CellValue } from "../table/cell";
import { landlineNumber, mobileNumber, personName, randomCity } from "./contact-parts";
import { purchaseHistory } from "./purchase-history";
import type { Random } from "./random";
import { cents, dateOfDay } from "./sample-values";
import { BUSINESS_LINES, LEGAL_FORMS, SALES_REPS, STREETS, TRADE_WORDS } from "./sample-words";
import { uniqueText } from "./unique-text";

export type SampleRecord = Record<string, CellValue>;

const YEAR = 365;
const PROSPECT_SHARE = 0.05;

function weightedLegalForm(rng: Random): (typeof LEGAL_FORMS)[number] {
  const total = LEGAL_FORMS.reduce((sum, f) => sum + f.weight, 0);
  let x = rng.uniform(0, total);
  for (const form of LEGAL_FORMS) {
    x -= form.weight;
    if (x < 0) return form;
  }
  return LEGAL_FORMS[0];
}

/** Customer ids "C0001"...: zero-padded so that they sort as they were numbered. */
export function customerId(index: number, count: number): string {
  return `C${String(index + 1).padStart(Math.max(4, String(count).length), "0")}`;
}

/** How many of `count` customers are prospects: about 5%, at least one in a sample of 10 or more. */
export function prospectCount(count: number): number {
  return count < 10 ? 0 : Math.max(1, Math.round(count * PROSPECT_SHARE));
}

/**
 * `count` enterprise customers (domain.md §2 enterprise template, by field id), valid for asOf:
 * unique ids, names (also once legal suffixes are removed), phones and e-mails; current parts not
 * above totals; last purchase not before the first; prospects with no purchase at all.
 */
export function makeEnterpriseRecords(rng: Random, count: number, asOf: Day): SampleRecord[] {
  const cores = new Set<string>();
  const phones = new Set<string>();
  const mails = new Set<string>();
  const prospects = new Set(
    rng.shuffle(Array.from({ length: count }, (_, i) => i)).slice(0, prospectCount(count))
  );
  const records: SampleRecord[] = [];
  for (let i = 0; i < count; i++) {
    const city = randomCity(rng);
    const line = rng.pick(BUSINESS_LINES);
    const legal = weightedLegalForm(rng);
    let word = rng.pick(TRADE_WORDS);
    const core = uniqueText(rng, cores, (r) => {
      word = r.pick(TRADE_WORDS);
      return `${city.name}${word.name}${line.name}`;
    });
    const contact = personName(rng);
    const phone = uniqueText(rng, phones, (r) =>
      r.chance(0.7) ? mobileNumber(r) : landlineNumber(r, city.area)
    );
    const email = uniqueText(
      rng,
      mails,
      (r) => `${contact.pinyin}${r.int(1, 99)}@${word.pinyin}.com.cn`
    );
    const founded = asOf - rng.int(2 * YEAR, 30 * YEAR);
    const registered = cents(rng.pick([50, 100, 200, 500, 1000, 3000, 5000]) * rng.uniform(0.5, 2));
    const employees = Math.max(1, Math.round(rng.lognormal(Math.log(80), 1.2)));
    const history = purchaseHistory(rng, asOf, founded, 200_000, prospects.has(i));
    const revenue = cents(rng.lognormal(Math.log(3_000_000), 1.2) + history.sales);
    const totalAssets = cents(revenue * rng.uniform(0.5, 1.6));
    const totalLiabilities = cents(totalAssets * rng.uniform(0.15, 0.95));
    const netProfit = cents(revenue * rng.normal(0.05, 0.06));
    const creditLimit =
      history.orders === 0
        ? 0
        : Math.round(((history.sales / 12) * rng.uniform(0.5, 3)) / 10_000) * 10_000;
    const overdueDays = rng.chance(0.55)
      ? 0
      : Math.round(rng.lognormal(Math.log(12), 0.8) * 10) / 10;
    records.push({
      customer_id: customerId(i, count),
      name: core + legal.suffix,
      legal_form: legal.form,
      industry: line.industry,
      region: city.region,
      address: `${city.name}市${rng.pick(STREETS)}${rng.int(1, 999)}号`,
      contact: contact.name,
      phone,
      email,
      sales_rep: rng.pick(SALES_REPS),
      founded: dateOfDay(founded),
      registered_capital: registered,
      employees,
      influence: rng.pick([1, 2, 2, 3, 3, 3, 4, 4, 5]),
      last_updated: dateOfDay(asOf - Math.min(364, Math.floor(rng.lognormal(Math.log(60), 0.9)))),
      total_assets: totalAssets,
      total_liabilities: totalLiabilities,
      current_assets: cents(totalAssets * rng.uniform(0.3, 0.8)),
      current_liabilities: cents(totalLiabilities * rng.uniform(0.4, 0.9)),
      revenue,
      revenue_prev: cents(revenue / Math.max(0.5, 1 + rng.normal(0.06, 0.15))),
      net_profit: netProfit,
      retained_earnings: cents(totalAssets * rng.normal(0.12, 0.1)),
      ebit: cents(netProfit * 1.25 + revenue * rng.uniform(0, 0.02)),
      collateral_value: rng.chance(0.5) ? 0 : cents(creditLimit * rng.uniform(0.2, 1.5)),
      credit_limit: creditLimit,
      payment_terms_days: rng.pick([0, 15, 30, 30, 45, 60, 90]),
      overdue_days_avg: overdueDays,
      overdue_count: overdueDays === 0 ? 0 : 1 + rng.poisson(1.5),
      industry_risk: line.risk,
      first_purchase: history.first === null ? null : dateOfDay(history.first),
      last_purchase: history.last === null ? null : dateOfDay(history.last),
      orders: history.orders,
      sales_amount: history.sales,
      gross_profit: history.grossProfit,
      service_cost: history.serviceCost,
      returns_amount: history.returns,
      discount_amount: history.discounts,
      complaints: history.complaints,
    });
  }
  return records;
}
