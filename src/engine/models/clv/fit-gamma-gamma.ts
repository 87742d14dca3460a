import type { FitResult, GammaGammaParams } from "./clv-types";
import { fitByLogs } from "./fit-by-logs";
import { gammaGammaLogLikelihood } from "./gamma-gamma-log-likelihood";
import { pearsonCorrelation } from "./pearson-correlation";

/** Fewer repeat buyers with a spend than this give no stable spend model. */
export const GAMMA_GAMMA_MIN_CUSTOMERS = 10;
/**
 * The model assumes spend per purchase does not depend on how often a customer buys; lifetimes'
 * docs check the correlation (CDNOW: 0.11). Beyond this the model's expected spend is biased.
 */
export const GAMMA_GAMMA_MAX_CORRELATION = 0.3;

const NAMES = ["p", "q", "v"] as const;

/**
 * Fits the Gamma-Gamma spend model on the customers with x >= 1 and a positive, known mean repeat
 * spend (the others carry no spend to learn from: refunds, no amounts). Refused with the reason when
 * too few remain, when |corr(x, spend)| exceeds GAMMA_GAMMA_MAX_CORRELATION, when the optimiser does
 * not converge, when a parameter runs off, or when q <= 1 (the mean spend v p / (q - 1) is then infinite).
 */
export function fitGammaGamma(x: Float64Array, spend: Float64Array): FitResult<GammaGammaParams> {
  let n = 0;
  for (let i = 0; i < x.length; i++)
    if (x[i] >= 1 && spend[i] > 0 && Number.isFinite(spend[i])) n++;
  const xs = new Float64Array(n);
  const ms = new Float64Array(n);
  // Sorted by x, so the likelihood computes its Γ terms once per distinct x.
  const order = Array.from(x.keys()).filter(
    (i) => x[i] >= 1 && spend[i] > 0 && Number.isFinite(spend[i])
  );
  order.sort((i, j) => x[i] - x[j]);
  order.forEach((i, k) => {
    xs[k] = x[i];
    ms[k] = spend[i];
  });
  if (n < GAMMA_GAMMA_MIN_CUSTOMERS) {
    return {
      ok: false,
      refusal: {
        code: "too-few-repeat-buyers",
        repeatBuyers: n,
        minimum: GAMMA_GAMMA_MIN_CUSTOMERS,
      },
      iterations: 0,
    };
  }
  const correlation = pearsonCorrelation(xs, ms);
  if (Math.abs(correlation) > GAMMA_GAMMA_MAX_CORRELATION) {
    return {
      ok: false,
      refusal: {
        code: "spend-frequency-correlated",
        correlation,
        limit: GAMMA_GAMMA_MAX_CORRELATION,
      },
      iterations: 0,
    };
  }
  const logMs = ms.map(Math.log);
  const fit = fitByLogs(
    (p) => gammaGammaLogLikelihood({ p: p[0], q: p[1], v: p[2] }, xs, ms, logMs) / n,
    3
  );
  if (!fit.converged) {
    return {
      ok: false,
      refusal: { code: "not-converged", iterations: fit.iterations },
      iterations: fit.iterations,
    };
  }
  if (fit.degenerate >= 0) {
    return {
      ok: false,
      refusal: {
        code: "degenerate-parameter",
        parameter: NAMES[fit.degenerate],
        value: fit.params[fit.degenerate],
      },
      iterations: fit.iterations,
    };
  }
  const params = { p: fit.params[0], q: fit.params[1], v: fit.params[2] };
  if (params.q <= 1) {
    return {
      ok: false,
      refusal: { code: "q-not-above-one", q: params.q },
      iterations: fit.iterations,
    };
  }
  return {
    ok: true,
    params,
    logLikelihood: gammaGammaLogLikelihood(params, xs, ms),
    converged: true,
    iterations: fit.iterations,
    customers: n,
  };
}
