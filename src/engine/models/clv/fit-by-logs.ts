import { nelderMead } from "./nelder-mead";

/** A parameter beyond e^±15 (3e6 or 3e-7) means the likelihood runs off to a boundary. */
export const LOG_PARAMETER_LIMIT = 15;

// Relative 1e-6 on each parameter is far inside the 3 decimals the parity asks for; a likelihood
// that has not settled in 2,000 iterations per run (~4,000 evaluations) is not going to.
const OPTIONS = { xTolerance: 1e-6, fTolerance: 1e-10, maxIterations: 2000 };

export interface LogFit {
  /** The fitted parameters (exp of the optimised logs). */
  params: Float64Array;
  /** The mean log-likelihood per customer at params. */
  meanLogLikelihood: number;
  iterations: number;
  converged: boolean;
  /** Index of the first parameter beyond LOG_PARAMETER_LIMIT, or -1. */
  degenerate: number;
}

/**
 * Maximises a mean log-likelihood over positive parameters by Nelder-Mead on their logarithms (as
 * lifetimes does), from all parameters 1. A second run from the first one's answer, with a fresh
 * simplex, catches a simplex that collapsed early on a ridge; the iterations of both are counted.
 */
export function fitByLogs(
  meanLogLikelihood: (params: Float64Array) => number,
  count: number
): LogFit {
  const params = new Float64Array(count);
  const objective = (logs: Float64Array) => {
    for (let i = 0; i < count; i++) params[i] = Math.exp(logs[i]);
    return -meanLogLikelihood(params);
  };
  const first = nelderMead(objective, new Float64Array(count), OPTIONS);
  const second = nelderMead(objective, first.x, { ...OPTIONS, step: 0.05 });
  const best = second.value <= first.value ? second : first;
  const out = best.x.map(Math.exp);
  return {
    params: out,
    meanLogLikelihood: -best.value,
    iterations: first.iterations + second.iterations,
    converged: first.converged && second.converged && Number.isFinite(best.value),
    degenerate: best.x.findIndex((v) => Math.abs(v) > LOG_PARAMETER_LIMIT),
  };
}
