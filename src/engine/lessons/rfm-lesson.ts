import { explainCustomerTiers } from "../explain/tiers/explain-customer-tiers";
import { segmentName } from "../explain/tiers/segment-name";
import type { ScoreRun } from "../score-workbook";
import { both, type Exercise } from "./exercise";
import { filterScoredCustomers } from "../scored-customers";

const round = (x: number) => String(Math.round(x * 100) / 100);

/** RFM: recency, frequency, monetary, the breaks and the segments. */
export function rfmExercises(run: ScoreRun): Exercise[] {
  const s = run.tiers;
  const scored = filterScoredCustomers(run, (c) => c.tiers.rfm !== null);
  const pick = scored[Math.min(11, scored.length - 1)];
  const champions = s.segments["Champions"] ?? 0;
  const atRisk = scored
    .filter((c) => c.tiers.rfm!.segment === "At Risk")
    .map((c) => c.customer.customer_id);
  const breaks = s.rfmBreaks ?? { r: [], f: [], m: [] };
  const why = explainCustomerTiers(pick.tiers, pick.customer, s, run.settings.tiers).rfm;
  return [
    {
      question: both(
        "R（最近一次购买距今天数）的四个分界点是多少？",
        "What are the four recency breaks (days since the last purchase)?"
      ),
      answer: both(
        breaks.r.map(round).join(" / ") + " 天",
        breaks.r.map(round).join(" / ") + " days"
      ),
    },
    {
      question: both(
        `客户 ${pick.customer.customer_id} 的 R、F、M 各得几分？属于哪个客群？`,
        `What are customer ${pick.customer.customer_id}'s R, F and M scores, and which segment is it in?`
      ),
      answer: why,
    },
    {
      question: both("有多少位“冠军客户”（Champions）？", "How many customers are Champions?"),
      answer: both(`${champions} 位`, `${champions}`),
    },
    {
      question: both("哪些客户属于“有流失风险”（At Risk）？", "Which customers are At Risk?"),
      answer: both(atRisk.join("、") || "无", atRisk.join(", ") || "none"),
    },
    {
      question: both("人数最多的客群是哪个？", "Which segment holds the most customers?"),
      answer: (() => {
        const [top] = Object.entries(s.segments).sort(
          (a, b) => b[1] - a[1] || a[0].localeCompare(b[0])
        );
        const name = top ? segmentName(top[0]) : both("无", "none");
        return both(
          `${name["zh-CN"]}（${top?.[1] ?? 0} 位）`,
          `${name["en-US"]} (${top?.[1] ?? 0})`
        );
      })(),
    },
  ];
}
