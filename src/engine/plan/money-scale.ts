import { FORMATS } from "./workbook-plan";

/** The unit money is shown in on a chart: as is, thousands or millions. */
export interface MoneyScale {
  unit: "" | "k" | "M";
  format: string;
}

/**
 * The unit for a chart of these amounts, from the largest in size: millions from 1,000,000, thousands
 * from 10,000, else whole amounts. "-5,000,000.00" on an axis is read digit by digit; "-5.0M" at a glance.
 */
export function moneyScale(values: readonly (number | null)[]): MoneyScale {
  const largest = values.reduce<number>(
    (max, v) => (v !== null && Number.isFinite(v) ? Math.max(max, Math.abs(v)) : max),
    0
  );
  if (largest >= 1_000_000) return { unit: "M", format: FORMATS.millions };
  if (largest >= 10_000) return { unit: "k", format: FORMATS.thousands };
  return { unit: "", format: FORMATS.wholeMoney };
}
