import { creditDetail } from "../credit-detail";
import { explainAltman } from "../explain/credit/explain-altman";
import { explainCredit } from "../explain/credit/explain-credit";
import { explainPolicy } from "../explain/credit/explain-policy";
import type { ScoreRun } from "../score-workbook";
import { both, type Exercise } from "./exercise";
import { filterScoredCustomers } from "../scored-customers";

/** The 5C scorecard, the credit policy and Altman Z''. */
export function creditExercises(run: ScoreRun): Exercise[] {
  const graded = filterScoredCustomers(run, (c) => c.credit.grade !== "insufficient");
  const pick = graded[Math.min(16, graded.length - 1)];
  const detail = creditDetail(run, pick);
  const withAltman = filterScoredCustomers(run, (c) => c.altman !== null);
  const altman = withAltman[Math.min(7, withAltman.length - 1)];
  const insufficient = filterScoredCustomers(run, (c) => c.credit.grade === "insufficient").map(
    (c) => c.customer.customer_id
  );
  const exercises: Exercise[] = [
    {
      question: both(
        `客户 ${pick.customer.customer_id} 的信用等级是什么？为什么？`,
        `Which grade does customer ${pick.customer.customer_id} get, and why?`
      ),
      answer: both(explainCredit(detail, "zh-CN"), explainCredit(detail, "en-US")),
    },
    {
      question: both(
        `应给客户 ${pick.customer.customer_id} 多少信用额度、多长账期？`,
        `What credit limit and terms should customer ${pick.customer.customer_id} get?`
      ),
      answer: both(
        explainPolicy(pick.credit, "zh-CN") ?? "-",
        explainPolicy(pick.credit, "en-US") ?? "-"
      ),
    },
    {
      question: both(
        "哪些客户资料不足，无法评级？",
        "Which customers have too little data for a grade?"
      ),
      answer: both(insufficient.join("、") || "无", insufficient.join(", ") || "none"),
    },
  ];
  if (altman?.altman) {
    exercises.push({
      question: both(
        `客户 ${altman.customer.customer_id} 的 Altman Z'' 是多少？处于哪个区间？`,
        `What is customer ${altman.customer.customer_id}'s Altman Z'', and which zone is it in?`
      ),
      answer: both(
        explainAltman(altman.altman, run.settings.credit.altman, "zh-CN"),
        explainAltman(altman.altman, run.settings.credit.altman, "en-US")
      ),
    });
  }
  return exercises;
}
