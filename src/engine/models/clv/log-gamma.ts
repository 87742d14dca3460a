// Lanczos coefficients for g = 7, n = 9: about 15 significant digits over the positive reals,
// which the likelihoods need (a sum over thousands of customers is compared to 0.01).
const G = 7;
const P = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/**
 * ln |Γ(x)|, the log-gamma function (scipy's gammaln) for x > 0, by the Lanczos approximation; by
 * reflection below 1/2. NaN at 0 and the negative whole numbers, where Γ has poles.
 */
export function logGamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return Infinity;
  if (x < 0.5) {
    if (Number.isInteger(x)) return NaN;
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  }
  const y = x - 1;
  let sum = P[0];
  for (let i = 1; i < G + 2; i++) sum += P[i] / (y + i);
  const t = y + G + 0.5;
  return HALF_LOG_TWO_PI + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}
