/**
 * The top of a Pareto chart's cumulative-share axis: 100 %, or the next 10 % above the highest share
 * when customers who lose money make the share of the net total pass 100 % on the way (it comes back
 * to 100 % with the last group). An axis fixed at 100 % would cut the line off.
 */
export function paretoAxisMax(cumulativeShares: readonly number[]): number {
  const highest = cumulativeShares.reduce((max, share) => Math.max(max, share), 1);
  // Rounded to whole percents first, so 1.2000000000000002 is 120 %, not 130 %.
  return Math.ceil(Math.round(highest * 100) / 10) / 10;
}
