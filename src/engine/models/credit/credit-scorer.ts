import type { Day } from "../../day";
import type { Table } from "../../table/table";
import type { Customer } from "../customer";
import { statisticalCreditScorer } from "../scorecard/statistical-credit";
import type { CreditOutcome, CreditResult } from "./credit-result";
import type { CreditSettings } from "./credit-settings";
import { fuzzyEvaluate } from "./fuzzy";
import { preparedScorecard, scoreCredit } from "./scorecard";

/**
 * What scores each customer's credit by the settings' method: the fitted statistical scorecard
 * (which reads the customer's row of `table` by column title); else the 5C / 5P / custom
 * scorecard, and with "fuzzy" the 5C scorecard's result with the fuzzy comprehensive evaluation
 * of its indicators (domain.md §5: memberships in 优/良/中/差 and the winning grade) beside it.
 */
export function creditScorer(
  settings: CreditSettings,
  table: Table
): (customer: Customer, asOf: Day) => CreditResult {
  if (settings.method === "statistical") return statisticalCreditScorer(settings, table);
  if (settings.method === "fuzzy") {
    return (customer, asOf) => {
      const result = scoreCredit(customer, asOf, settings);
      const indicators = result.indicators.map((i) => ({
        points: i.points,
        weight: i.effectiveWeight,
      }));
      return { ...result, fuzzy: fuzzyEvaluate(indicators, settings.fuzzyGrades) };
    };
  }
  return (customer, asOf) => scoreCredit(customer, asOf, settings);
}

/**
 * What gives each customer's credit outcome (a result without its breakdown), as a run keeps it:
 * the 5C / 5P / custom scorecards make only the reasons' indicator results, not every indicator's
 * and dimension's; the statistical and fuzzy methods give their whole result, of which the run
 * keeps the outcome.
 */
export function creditOutcomeScorer(
  settings: CreditSettings,
  table: Table
): (customer: Customer, asOf: Day) => CreditOutcome {
  if (settings.method === "statistical" || settings.method === "fuzzy")
    return creditScorer(settings, table);
  const prepared = preparedScorecard(settings);
  return (customer, asOf) => prepared.outcome(customer, asOf);
}
