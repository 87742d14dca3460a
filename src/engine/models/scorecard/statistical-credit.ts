import type { Day } from "../../day";
import { recordOfRow } from "../../table/record-of-row";
import type { Table } from "../../table/table";
import { averageMonthlySales } from "../credit/average-monthly-sales";
import { creditGrade } from "../credit/credit-grade";
import type { CreditResult, IndicatorResult } from "../credit/credit-result";
import type { CreditSettings } from "../credit/credit-settings";
import { reasonCodes } from "../credit/reason-codes";
import type { Customer } from "../customer";
import { binOf } from "./apply-scorecard";
import { columnOfTitle } from "./scorecard-sheet";

/** The dimension every statistical indicator sits in (explain/credit reads points on its scale). */
export const STATISTICAL_DIMENSION = "statistical";

/**
 * Scores customers on the fitted scorecard of settings.statistical (domain.md §5): base points +
 * the points of each variable's bin, read from the customer's row of `table` by column title.
 * A variable whose column the file lacks, or whose value falls in no bin (a category the fit never
 * saw), earns 0 points and counts against confidence (the share of variables with data); below
 * minConfidence the grade is "insufficient", as for 5C. Grades by the scorecard's cut-offs;
 * light, limit and terms by the policy table. Each variable is an indicator, so that Why? lists a
 * customer's points per variable; its shortfall is the points it misses against the variable's
 * best bin, and the reasons are the largest shortfalls.
 */
export function statisticalCreditScorer(
  settings: CreditSettings,
  table: Table
): (customer: Customer, asOf: Day) => CreditResult {
  const scorecard = settings.statistical;
  if (scorecard === null) throw new Error('credit method "statistical" without credit.statistical');
  const titles = table.columns.map((c) => c.label.trim());
  const columns = scorecard.variables.map((v) => columnOfTitle(titles, v.name));
  const best = scorecard.variables.map((v) => Math.max(...v.bins.map((b) => b.points)));
  const names = scorecard.variables.map((v) => ({ "zh-CN": v.name, "en-US": v.name }));
  const count = scorecard.variables.length;

  return (customer, asOf) => {
    const record = recordOfRow(table, customer.row);
    const raw = record < 0 ? [] : table.raw[record];
    let score = scorecard.basePoints;
    let withData = 0;
    const indicators: IndicatorResult[] = scorecard.variables.map((variable, v) => {
      const bin = columns[v] < 0 ? -1 : binOf(variable, raw[columns[v]]);
      const name = names[v];
      if (bin < 0) {
        return {
          id: variable.name,
          dimension: STATISTICAL_DIMENSION,
          name,
          unit: "category",
          value: null,
          points: null,
          effectiveWeight: 0,
          shortfall: null,
        };
      }
      withData++;
      const { points, label } = variable.bins[bin];
      score += points;
      return {
        id: variable.name,
        dimension: STATISTICAL_DIMENSION,
        name,
        unit: "category",
        value: label,
        categoryName: { "zh-CN": label, "en-US": label },
        points,
        effectiveWeight: 1 / count,
        shortfall: best[v] - points,
      };
    });
    const confidence = withData / count;
    const grade =
      confidence >= settings.minConfidence
        ? creditGrade(score, scorecard.gradeMinimums)
        : "insufficient";
    const policy = grade === "insufficient" ? null : settings.policy[grade];
    const monthly = averageMonthlySales(customer, asOf, settings.minMonthsForAverageSales);
    return {
      customerId: customer.customer_id,
      scorecard: "statistical",
      score,
      grade,
      confidence,
      light: grade === "insufficient" ? null : settings.lights[grade],
      limit: policy && monthly !== null ? monthly * policy.limitMultiplier : null,
      terms: policy ? policy.terms : null,
      averageMonthlySales: monthly,
      dimensions: [],
      indicators,
      reasons: reasonCodes(indicators, settings.reasonCount),
    };
  };
}
