/**
 * A recommended limit as the Credit sheet shows it: rounded down to a multiple of `step` (never up,
 * so the sheet never grants more than the policy computed); `step` 0 keeps the figure as it is.
 */
export function roundLimit(limit: number | null, step: number): number | null {
  if (limit === null || !(step > 0)) return limit;
  // A limit already on the step (3000 computed as 2999.9999999) must not drop a whole step.
  return Math.floor(limit / step + 1e-9) * step;
}
