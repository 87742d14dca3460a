import type { TierSettings } from "../models/tiers/tier-settings";
import { breakColumns, breakCount } from "./rfm-breaks-sql";
import type { SqlCte, SqlModelContext } from "./sql-cte";
import { sqlIntDiv } from "./sql-dialect";
import { rfmSegmentSql } from "./rfm-segment-sql";

function breaksBelow(value: string, breaks: readonly string[]): string {
  return breaks.map((b) => `(CASE WHEN b.${b} < ${value} THEN 1 ELSE 0 END)`).join(" + ");
}

/**
 * RFM scores and segment (domain.md §4): F and M score 1 + the number of breaks strictly below the
 * value, R scores top minus that number (top = breaks + 1, a negative recency scores top); equal
 * values share a score; FM = round half up of (F + M) / 2; then the segment.
 */
export function rfmScoreCtes(ctx: SqlModelContext, from: string): SqlCte[] {
  const settings: TierSettings["rfm"] = ctx.settings.tiers.rfm;
  const r = breakColumns("r", breakCount(settings, "r"));
  const f = breakColumns("f", breakCount(settings, "f"));
  const m = breakColumns("m", breakCount(settings, "m"));
  const top = r.length + 1;
  return [
    {
      name: "rfm_scores",
      section: "domain.md §4 RFM scores: ties share a score; recent = 5",
      why: "R, F and M scores from the breaks",
      body: `SELECT i.*,
    CASE WHEN i.rfm_eligible THEN
      CASE WHEN i.rfm_recency < 0 THEN ${top} ELSE ${top} - (${breaksBelow("i.rfm_recency", r)}) END
    END AS rfm_r,
    CASE WHEN i.rfm_eligible THEN 1 + ${breaksBelow("i.rfm_frequency", f)} END AS rfm_f,
    CASE WHEN i.rfm_eligible THEN 1 + ${breaksBelow("i.rfm_monetary", m)} END AS rfm_m
  FROM ${from} i CROSS JOIN rfm_breaks b`,
    },
    {
      name: "rfm_fm",
      section: "domain.md §4 RFM: FM = round half up of (F + M) / 2",
      why: "the grid's column",
      body: `SELECT *, ${sqlIntDiv(ctx.dialect, "rfm_f + rfm_m + 1", "2")} AS rfm_fm
  FROM rfm_scores`,
    },
    {
      name: "rfm",
      section: "domain.md §4 RFM segments (grid on R and FM, or rules)",
      why: "the segment of each scored customer",
      body: `SELECT *,
    CASE WHEN rfm_eligible THEN ${rfmSegmentSql(settings)} END AS rfm_segment
  FROM rfm_fm`,
    },
  ];
}
