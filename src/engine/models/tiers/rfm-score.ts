/**
 * One RFM score from breaks (ascending): F and M ("higher-better") score 1 + the number of breaks
 * strictly below the value; R ("lower-better", recency in days) scores top minus that number, top
 * being breaks + 1 (5 with four breaks). Equal values always share a score. A negative recency (a
 * purchase after the as-of date) scores top.
 */
export function rfmScore(
  value: number,
  breaks: readonly number[],
  direction: "higher-better" | "lower-better"
): number {
  let below = 0;
  for (let i = 0; i < breaks.length; i++) if (breaks[i] < value) below++;
  if (direction === "higher-better") return 1 + below;
  const top = breaks.length + 1;
  return value < 0 ? top : top - below;
}
