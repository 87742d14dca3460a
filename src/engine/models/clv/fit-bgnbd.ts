import { bgnbdLogLikelihood } from "./bgnbd-log-likelihood";
import { prepareBgnbd } from "./prepare-bgnbd";
import type { BgnbdParams, FitResult, PurchaseSummary } from "./clv-types";
import { fitByLogs } from "./fit-by-logs";

/** Fewer customers than this give no stable fit. */
export const BGNBD_MIN_CUSTOMERS = 20;
/** Repeat buyers carry the purchase and dropout rates; without enough of them b runs off. */
export const BGNBD_MIN_REPEAT_BUYERS = 10;

const NAMES = ["r", "alpha", "a", "b"] as const;

/**
 * Fits the BG/NBD model by maximum likelihood. Refused (with the reason) when there are too few
 * customers or repeat buyers, when the optimiser does not converge, or when a parameter runs off to 0
 * or infinity (the data do not identify the model).
 */
export function fitBgnbd(summary: Pick<PurchaseSummary, "x" | "tx" | "T">): FitResult<BgnbdParams> {
  const n = summary.x.length;
  if (n < BGNBD_MIN_CUSTOMERS) {
    return {
      ok: false,
      refusal: { code: "too-few-customers", customers: n, minimum: BGNBD_MIN_CUSTOMERS },
      iterations: 0,
    };
  }
  let repeatBuyers = 0;
  for (let i = 0; i < n; i++) if (summary.x[i] > 0) repeatBuyers++;
  if (repeatBuyers < BGNBD_MIN_REPEAT_BUYERS) {
    return {
      ok: false,
      refusal: { code: "too-few-repeat-buyers", repeatBuyers, minimum: BGNBD_MIN_REPEAT_BUYERS },
      iterations: 0,
    };
  }
  const prepared = prepareBgnbd(summary);
  const fit = fitByLogs(
    (p) => bgnbdLogLikelihood({ r: p[0], alpha: p[1], a: p[2], b: p[3] }, prepared) / n,
    4
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
  const params = { r: fit.params[0], alpha: fit.params[1], a: fit.params[2], b: fit.params[3] };
  return {
    ok: true,
    params,
    logLikelihood: bgnbdLogLikelihood(params, prepared),
    converged: true,
    iterations: fit.iterations,
    customers: n,
  };
}
