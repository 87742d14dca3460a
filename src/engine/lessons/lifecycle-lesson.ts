import { explainCustomerTiers } from "../explain/tiers/explain-customer-tiers";
import { lifecycleName } from "../explain/tiers/level-name";
import type { LifecycleStatus } from "../models/tiers/lifecycle";
import type { ScoreRun } from "../score-workbook";
import { both, type Exercise } from "./exercise";
import { filterScoredCustomers } from "../scored-customers";

const STATUSES: LifecycleStatus[] = ["Loyal", "Repeat", "First-time", "Churned", "Prospect"];

/** Lifecycle status, churn alerts and lifetime value. */
export function lifecycleExercises(run: ScoreRun): Exercise[] {
  const s = run.tiers;
  const alerts = filterScoredCustomers(
    run,
    (c) => c.tiers.churnAlert === true && c.tiers.lifecycle !== "Churned"
  ).map((c) => c.customer.customer_id);
  const withClv = filterScoredCustomers(
    run,
    (c) => c.tiers.clv !== null && c.tiers.value !== null && c.tiers.value > 0
  );
  const pick = withClv[Math.min(4, withClv.length - 1)];
  const explained = explainCustomerTiers(pick.tiers, pick.customer, s, run.settings.tiers);
  const counts = (lang: "zh-CN" | "en-US") =>
    STATUSES.map((st) => `${lifecycleName(st)[lang]} ${s.lifecycle[st]}`).join(
      lang === "zh-CN" ? "，" : ", "
    );
  return [
    {
      question: both(
        "各客户状态分别有多少位客户？",
        "How many customers are in each lifecycle status?"
      ),
      answer: both(counts("zh-CN"), counts("en-US")),
    },
    {
      question: both(
        "哪些尚未流失的客户触发了流失预警（该打电话了）？",
        "Which customers who have not churned yet have a churn alert (time to call them)?"
      ),
      answer: both(alerts.join("、") || "无", alerts.join(", ") || "none"),
    },
    {
      question: both(
        `客户 ${pick.customer.customer_id} 处于什么状态？为什么？`,
        `What lifecycle status is customer ${pick.customer.customer_id} in, and why?`
      ),
      answer: explained.lifecycle,
    },
    {
      question: both(
        `客户 ${pick.customer.customer_id} 的终生价值（CLV）是多少？请写出计算过程。`,
        `What is customer ${pick.customer.customer_id}'s lifetime value (CLV)? Show the formula with its numbers.`
      ),
      answer: explained.clv,
    },
  ];
}
