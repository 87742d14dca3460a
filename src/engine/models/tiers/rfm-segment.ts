import type { TierSettings } from "./tier-settings";

const inRange = (s: number, [lo, hi]: readonly [number, number]): boolean => s >= lo && s <= hi;

/**
 * The RFM segment. "grid": the cell (R, FM) with FM = round half up of (F + M) / 2; "rules": the
 * first rule whose inclusive R, F and M ranges all hold. Anything else is otherSegment ("Others").
 */
export function rfmSegment(r: number, f: number, m: number, settings: TierSettings["rfm"]): string {
  if (settings.segmentPreset === "grid") {
    const fm = Math.floor((f + m + 1) / 2);
    const row = settings.grid[settings.grid.length - r];
    return (row && r >= 1 ? row[fm - 1] : undefined) ?? settings.otherSegment;
  }
  for (const rule of settings.rules) {
    if (inRange(r, rule.r) && inRange(f, rule.f) && inRange(m, rule.m)) return rule.segment;
  }
  return settings.otherSegment;
}
