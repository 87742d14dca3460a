import type { TierSettings } from "../models/tiers/tier-settings";
import type { SqlCte } from "./sql-cte";
import { sqlNumber } from "./sql-literal";

const AXES = [
  { key: "r", column: "rfm_recency" },
  { key: "f", column: "rfm_frequency" },
  { key: "m", column: "rfm_monetary" },
] as const;

/** The break columns of one axis: r_break_1, r_break_2, ... */
export function breakColumns(axis: "r" | "f" | "m", count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${axis}_break_${i + 1}`);
}

/** How many breaks each axis has under these settings. */
export function breakCount(settings: TierSettings["rfm"], axis: "r" | "f" | "m"): number {
  return settings.method === "explicit"
    ? settings.explicitBreaks[axis].length
    : settings.probabilities.length;
}

/**
 * RFM breaks, one row (domain.md §4, §8). "quantile": type 7 quantiles, which is what
 * percentile_cont computes in DuckDB and PostgreSQL (h = (n - 1) p, x[floor h] + (h - floor h)
 * (x[floor h + 1] - x[floor h])), as simple-statistics does; "rank": the value at rank
 * ceil(p n) of the sorted values (as rfm-breaks.ts, with its 1e-9 tolerance); "explicit": the
 * settings' breaks, sorted.
 */
export function rfmBreaksCtes(settings: TierSettings["rfm"], from: string): SqlCte[] {
  const section = "domain.md §4 RFM breaks; §8 quantile type 7";
  if (settings.method === "explicit") {
    const columns = AXES.flatMap(({ key }) => {
      const sorted = [...settings.explicitBreaks[key]].sort((a, b) => a - b);
      return sorted.map((b, i) => `${sqlNumber(b)} AS ${key}_break_${i + 1}`);
    });
    return [
      {
        name: "rfm_breaks",
        section,
        why: "the explicit breaks of the settings, ascending",
        body: `SELECT\n    ${columns.join(",\n    ")}`,
      },
    ];
  }
  if (settings.method === "quantile") {
    const columns = AXES.flatMap(({ key, column }) =>
      settings.probabilities.map(
        (p, i) =>
          `percentile_cont(${sqlNumber(p)}) WITHIN GROUP (ORDER BY ${column}) AS ${key}_break_${i + 1}`
      )
    );
    return [
      {
        name: "rfm_breaks",
        section,
        why: "type 7 quantiles of recency, frequency and monetary over the customers RFM covers",
        body: `SELECT\n    ${columns.join(",\n    ")}\n  FROM ${from}\n  WHERE rfm_eligible`,
      },
    ];
  }
  const positions = AXES.map(
    ({ key, column }) => `row_number() OVER (ORDER BY ${column}) AS ${key}_position`
  );
  const columns = AXES.flatMap(({ key, column }) =>
    settings.probabilities.map((p, i) => {
      const rank = `least(rfm_n, greatest(1, ceil(${sqlNumber(p)} * rfm_n - float8 '1e-9')))`;
      return `max(CASE WHEN ${key}_position = ${rank} THEN ${column} END) AS ${key}_break_${i + 1}`;
    })
  );
  return [
    {
      name: "rfm_sorted",
      section,
      why: "each axis's position in ascending order, for the rank method",
      body: `SELECT rfm_recency, rfm_frequency, rfm_monetary,\n    ${positions.join(",\n    ")},\n    count(*) OVER () AS rfm_n\n  FROM ${from}\n  WHERE rfm_eligible`,
    },
    {
      name: "rfm_breaks",
      section,
      why: "each break the value at rank ceil(p n), so ties share a bin",
      body: `SELECT\n    ${columns.join(",\n    ")}\n  FROM rfm_sorted`,
    },
  ];
}
