/** Most terms the series may take: enough for z = 0.9999 (~350,000 terms), a few ms. */
const MAX_TERMS = 1_000_000;
// The running sum is rescaled past this, so that terms growing as fast as (1 - z)^(-x) for a
// customer with x repeat purchases cannot overflow: the result is kept as a logarithm.
const RESCALE_ABOVE = 1e250;

/**
 * ln 2F1(a, b; c; z), Gauss's hypergeometric function, by its series sum_k (a)_k (b)_k / (c)_k z^k / k!
 * for 0 <= z < 1 (where it converges for every a, b and c not 0 or a negative whole number). The series
 * stops once the rest cannot change the sum in its 15th digit (the rest is bounded by the last term
 * times q / (1 - q), q the larger of the last term ratio and z). NaN when the sum is not positive (its
 * logarithm does not exist), z is outside [0, 1), c is a pole, or the series has not converged after
 * MAX_TERMS terms.
 */
export function logHypergeometric2F1(a: number, b: number, c: number, z: number): number {
  if (!(z >= 0 && z < 1) || !Number.isFinite(a + b + c)) return NaN;
  if (c <= 0 && Number.isInteger(c)) return NaN;
  if (z === 0) return 0;
  let term = 1;
  let sum = 1;
  let logScale = 0;
  for (let k = 0; k < MAX_TERMS; k++) {
    const ratio = ((a + k) * (b + k) * z) / ((c + k) * (k + 1));
    term *= ratio;
    sum += term;
    if (term === 0) break;
    const q = Math.max(Math.abs(ratio), z);
    if (q < 1 && Math.abs(term) * (q / (1 - q)) <= 1e-16 * Math.abs(sum)) break;
    if (Math.abs(sum) > RESCALE_ABOVE) {
      term /= RESCALE_ABOVE;
      sum /= RESCALE_ABOVE;
      logScale += Math.log(RESCALE_ABOVE);
    }
    if (k === MAX_TERMS - 1) return NaN;
  }
  return sum > 0 ? Math.log(sum) + logScale : NaN;
}
