import { quantileSorted } from "./quantile-sorted";

/**
 * RFM breaks for one dimension. "quantile": R type 7 quantiles at the probabilities, as
 * simple-statistics computes them (h = (n - 1) p, x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]));
 * "rank": equal bins by rank, each break the value at rank ceil(p n) (so with distinct values each
 * bin holds n/5 customers and ties share a bin); "explicit": the given breaks, sorted. No data, no breaks.
 */
export function rfmBreaks(
  sortedAscending: ArrayLike<number>,
  method: "quantile" | "rank" | "explicit",
  probabilities: readonly number[],
  explicit: readonly number[] = []
): number[] {
  if (method === "explicit") return [...explicit].sort((a, b) => a - b);
  const n = sortedAscending.length;
  if (n === 0) return [];
  if (method === "quantile") return probabilities.map((p) => quantileSorted(sortedAscending, p));
  return probabilities.map(
    (p) => sortedAscending[Math.min(n, Math.max(1, Math.ceil(p * n - 1e-9))) - 1]
  );
}
