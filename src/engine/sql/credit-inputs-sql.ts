import type { CreditSettings } from "../models/credit/credit-settings";
import type { SqlCte } from "./sql-cte";
import { sqlNumber } from "./sql-literal";

const days = (since: string) => `CAST(as_of - ${since} AS DOUBLE PRECISION)`;

/**
 * The derived names an indicator expression may read (expression/input-reader.ts), as columns:
 * years as a customer and years in business = days / 365, months = days x 12 / 365, days since the
 * last purchase, average monthly sales (domain.md §8: sales / max(months, minimum)) and Altman Z''
 * (domain.md §5: NULL when an input is missing or total assets or liabilities is zero).
 */
export function creditInputsCte(settings: CreditSettings, from: string): SqlCte {
  const c = settings.altman.coefficients;
  const months = `CAST((as_of - first_purchase) * 12 AS DOUBLE PRECISION) / 365`;
  return {
    name: "credit_inputs",
    section: "domain.md §5 Credit inputs; §8 average monthly sales, years, Altman Z''",
    why: "the names a scorecard expression reads besides the fields",
    body: `SELECT *,
    ${days("first_purchase")} / 365 AS years_as_customer,
    ${months} AS months_as_customer,
    ${days("founded")} / 365 AS years_in_business,
    ${days("last_purchase")} AS days_since_last_purchase,
    CASE WHEN sales_amount IS NOT NULL AND first_purchase IS NOT NULL
      THEN sales_amount / GREATEST(${months}, ${sqlNumber(settings.minMonthsForAverageSales)})
    END AS avg_monthly_sales,
    CASE WHEN total_assets IS NOT NULL AND total_liabilities IS NOT NULL
        AND current_assets IS NOT NULL AND current_liabilities IS NOT NULL
        AND retained_earnings IS NOT NULL AND ebit IS NOT NULL
        AND total_assets <> 0 AND total_liabilities <> 0
      THEN ${sqlNumber(c.x1)} * ((current_assets - current_liabilities) / total_assets)
        + ${sqlNumber(c.x2)} * (retained_earnings / total_assets)
        + ${sqlNumber(c.x3)} * (ebit / total_assets)
        + ${sqlNumber(c.x4)} * ((total_assets - total_liabilities) / total_liabilities)
    END AS altman_z
  FROM ${from}`,
  };
}
