import type { Bin } from "./types";

/** 10 significant digits: a quantile cut such as 30.53999999999985 reads 30.54 (the bin keeps it exact). */
function bound(value: number): string {
  return value === -Infinity
    ? "-inf"
    : value === Infinity
      ? "inf"
      : String(Number(value.toPrecision(10)));
}

/**
 * A bin's label as scorecard tools print it: "[lower,upper)" with -inf/inf at the open ends,
 * a categorical bin's values joined by " | " (a value may itself hold a comma), "missing".
 */
export function binLabel(bin: Bin, categories: readonly string[]): string {
  if (bin.missing) return "missing";
  if (categories.length > 0) return categories.join(" | ");
  return `[${bound(bin.lower)},${bound(bin.upper)})`;
}
