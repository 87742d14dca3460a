import type { GammaGammaParams } from "./clv-types";
import { logGamma } from "./log-gamma";

/**
 * The Gamma-Gamma spend log-likelihood (Fader, Hardie & Lee 2005b; Fader & Hardie's note on the
 * Gamma-Gamma model), summed over customers with x >= 1 repeat purchases of mean spend m > 0, as
 * lifetimes writes it: ln Γ(px+q) - ln Γ(px) - ln Γ(q) + q ln v + (px-1) ln m + px ln x - (px+q) ln(xm+v).
 * x and m are given pairwise (only the customers to fit); a fit passes ln m, computed once. NaN unless p, q, v are positive and finite.
 */
export function gammaGammaLogLikelihood(
  params: GammaGammaParams,
  x: Float64Array,
  spend: Float64Array,
  logSpend: Float64Array = spend.map(Math.log)
): number {
  const { p, q, v } = params;
  if (!(p > 0 && q > 0 && v > 0) || !Number.isFinite(p + q + v)) return NaN;
  const logV = Math.log(v);
  const logGammaQ = logGamma(q);
  let sum = 0;
  // Γ terms depend on x alone; CDNOW's 946 repeat buyers have a few dozen distinct x.
  let lastX = NaN;
  let byX = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i];
    const px = p * xi;
    if (xi !== lastX) {
      byX = logGamma(px + q) - logGamma(px) + px * Math.log(xi);
      lastX = xi;
    }
    sum +=
      byX - logGammaQ + q * logV + (px - 1) * logSpend[i] - (px + q) * Math.log(xi * spend[i] + v);
  }
  return sum;
}
