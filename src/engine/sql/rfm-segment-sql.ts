import type { TierSettings } from "../models/tiers/tier-settings";
import { sqlNumber, sqlString } from "./sql-literal";

/**
 * The RFM segment as a CASE over r, fm, f and m (rfm-segment.ts): "grid" looks up the cell (R, FM),
 * "rules" takes the first rule whose inclusive ranges all hold; anything else is otherSegment.
 * Every name is a quoted literal from the settings.
 */
export function rfmSegmentSql(settings: TierSettings["rfm"]): string {
  const other = sqlString(settings.otherSegment);
  const lines: string[] = [];
  if (settings.segmentPreset === "grid") {
    const rows = settings.grid.length;
    settings.grid.forEach((row, index) => {
      const r = rows - index;
      row.forEach((segment, column) => {
        lines.push(`WHEN rfm_r = ${r} AND rfm_fm = ${column + 1} THEN ${sqlString(segment)}`);
      });
    });
  } else {
    for (const rule of settings.rules) {
      const within = (score: string, [low, high]: readonly [number, number]) =>
        `${score} BETWEEN ${sqlNumber(low)} AND ${sqlNumber(high)}`;
      lines.push(
        `WHEN ${within("rfm_r", rule.r)} AND ${within("rfm_f", rule.f)} AND ${within("rfm_m", rule.m)} THEN ${sqlString(rule.segment)}`
      );
    }
  }
  return `CASE\n        ${lines.join("\n        ")}\n        ELSE ${other}\n      END`;
}
