import { formatMoney } from "../explain/money";
import { percent } from "../explain/tiers/percent";
import { explainCustomerTiers } from "../explain/tiers/explain-customer-tiers";
import type { ScoreRun } from "../score-workbook";
import { both, type Exercise } from "./exercise";
import { filterScoredCustomers, findScoredCustomer } from "../scored-customers";

/** The customer at a rank (1 = most valuable). */
export function atRank(run: ScoreRun, rank: number) {
  return findScoredCustomer(run, (c) => c.tiers.rank === rank);
}

/** Pareto / ABC and the pyramid: who makes the profit. */
export function paretoExercises(run: ScoreRun): Exercise[] {
  const s = run.tiers;
  const vip = filterScoredCustomers(run, (c) => c.tiers.pyramid === "VIP").map(
    (c) => c.customer.customer_id
  );
  const twelfth = atRank(run, 12)!;
  const why = explainCustomerTiers(twelfth.tiers, twelfth.customer, s, run.settings.tiers).abc;
  return [
    {
      question: both(
        "A 类客户有多少位？它们贡献了多少利润？",
        "How many customers are in tier A, and what share of profit do they bring?"
      ),
      answer: both(
        `${s.abc.counts.A} 位，贡献 ${percent(s.abc.valueShares.A ?? 0)}`,
        `${s.abc.counts.A} customers, ${percent(s.abc.valueShares.A ?? 0)} of profit`
      ),
    },
    {
      question: both(
        "前 20% 的客户贡献了多少利润？",
        "What share of profit do the top 20% of customers bring?"
      ),
      answer: both(percent(s.mix.topValueShare ?? 0), percent(s.mix.topValueShare ?? 0)),
    },
    {
      question: both("哪些客户是 VIP 客户？", "Which customers are VIP?"),
      answer: both(vip.join("、"), vip.join(", ")),
    },
    {
      question: both(
        `客户 ${twelfth.customer.customer_id} 属于哪一类？为什么？`,
        `Which tier is customer ${twelfth.customer.customer_id} in, and why?`
      ),
      answer: why,
    },
    {
      question: both("所有客户的利润合计是多少？", "What is the total profit of all customers?"),
      answer: both(
        formatMoney(s.totals.totalValue, "zh-CN"),
        formatMoney(s.totals.totalValue, "en-US")
      ),
    },
  ];
}
