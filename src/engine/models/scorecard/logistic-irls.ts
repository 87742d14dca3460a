/** The change in log-likelihood below which Newton's iterations stop (domain.md §5). */
export const LOG_LIKELIHOOD_TOLERANCE = 1e-10;
const MAX_ITERATIONS = 100;
/** A Cholesky pivot this small against its diagonal means a column repeats the others. */
const SINGULAR_PIVOT = 1e-10;

export type LogisticFit =
  | {
      ok: true;
      /** coefficients[0] is the intercept, then one per column. */
      coefficients: Float64Array;
      logLikelihood: number;
      iterations: number;
      converged: boolean;
    }
  | {
      ok: false;
      problem: "singular";
      /** Column indexes (0 = the intercept) that carry the same information. */
      columns: [number, number];
    };

/** ln(1 + e^x) without overflow (log-sum-exp of 0 and x). */
export function log1pExp(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** 1 / (1 + e^-x) without overflow. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** Cholesky factor (lower, row-major p x p) of a symmetric matrix, or the first column that fails. */
function cholesky(a: Float64Array, p: number): { l: Float64Array } | { failed: number } {
  const l = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    let d = a[j * p + j];
    for (let k = 0; k < j; k++) d -= l[j * p + k] * l[j * p + k];
    if (!(d > SINGULAR_PIVOT * Math.max(1, a[j * p + j]))) return { failed: j };
    const ljj = Math.sqrt(d);
    l[j * p + j] = ljj;
    for (let i = j + 1; i < p; i++) {
      let s = a[i * p + j];
      for (let k = 0; k < j; k++) s -= l[i * p + k] * l[j * p + k];
      l[i * p + j] = s / ljj;
    }
  }
  return { l };
}

function solveCholesky(l: Float64Array, p: number, b: Float64Array): Float64Array {
  const y = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i * p + k] * y[k];
    y[i] = s / l[i * p + i];
  }
  const x = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < p; k++) s -= l[k * p + i] * x[k];
    x[i] = s / l[i * p + i];
  }
  return x;
}

/**
 * The earlier column that `failed` repeats: the one whose values, over the rows, correlate most
 * strongly with it (the intercept, 0, when `failed` is constant).
 */
function partnerOf(columns: readonly Float64Array[], rows: Int32Array, failed: number): number {
  const x = columns[failed - 1];
  let best = 0;
  let bestCorrelation = -1;
  for (let c = 1; c < failed; c++) {
    const z = columns[c - 1];
    let sx = 0;
    let sz = 0;
    for (const r of rows) {
      sx += x[r];
      sz += z[r];
    }
    const mx = sx / rows.length;
    const mz = sz / rows.length;
    let xz = 0;
    let xx = 0;
    let zz = 0;
    for (const r of rows) {
      xz += (x[r] - mx) * (z[r] - mz);
      xx += (x[r] - mx) ** 2;
      zz += (z[r] - mz) ** 2;
    }
    const correlation = xx > 0 && zz > 0 ? Math.abs(xz) / Math.sqrt(xx * zz) : 0;
    if (correlation > bestCorrelation) {
      best = c;
      bestCorrelation = correlation;
    }
  }
  return best;
}

function logLikelihood(
  columns: readonly Float64Array[],
  y: Uint8Array,
  rows: Int32Array,
  beta: Float64Array,
  eta: Float64Array
): number {
  let ll = 0;
  rows.forEach((r, i) => {
    let e = beta[0];
    for (let c = 0; c < columns.length; c++) e += beta[c + 1] * columns[c][r];
    eta[i] = e;
    ll += (y[r] === 1 ? e : 0) - log1pExp(e);
  });
  return ll;
}

/**
 * Logistic regression of y (1 = bad) on the columns with an intercept, by maximum likelihood:
 * Newton's method (IRLS) from zero until the log-likelihood changes by less than 1e-10, no penalty;
 * a step that lowers the likelihood is halved. Only `rows` are used. A Hessian that cannot be
 * factored (two columns carrying the same information, or a constant column) gives
 * `{ ok: false, problem: "singular", columns }` rather than NaN coefficients.
 */
export function fitLogistic(
  columns: readonly Float64Array[],
  y: Uint8Array,
  rows: Int32Array
): LogisticFit {
  const p = columns.length + 1;
  const n = rows.length;
  let beta = new Float64Array(p);
  const eta = new Float64Array(n);
  let ll = logLikelihood(columns, y, rows, beta, eta);
  const x = new Float64Array(p);
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
    const hessian = new Float64Array(p * p);
    const gradient = new Float64Array(p);
    rows.forEach((r, i) => {
      const mu = sigmoid(eta[i]);
      const w = mu * (1 - mu);
      x[0] = 1;
      for (let c = 1; c < p; c++) x[c] = columns[c - 1][r];
      const residual = y[r] - mu;
      for (let a = 0; a < p; a++) {
        gradient[a] += x[a] * residual;
        const wa = w * x[a];
        for (let b = 0; b <= a; b++) hessian[a * p + b] += wa * x[b];
      }
    });
    for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) hessian[b * p + a] = hessian[a * p + b];
    const factor = cholesky(hessian, p);
    if ("failed" in factor) {
      const failed = Math.max(1, factor.failed);
      return {
        ok: false,
        problem: "singular",
        columns: [partnerOf(columns, rows, failed), failed],
      };
    }
    const step = solveCholesky(factor.l, p, gradient);
    let scale = 1;
    let next = new Float64Array(p);
    let nextLl = -Infinity;
    for (let halvings = 0; halvings < 30; halvings++, scale /= 2) {
      next = beta.map((b, i) => b + scale * step[i]);
      nextLl = logLikelihood(columns, y, rows, next, eta);
      if (nextLl >= ll - 1e-12) break;
    }
    const change = Math.abs(nextLl - ll);
    beta = next;
    ll = nextLl;
    if (change < LOG_LIKELIHOOD_TOLERANCE) {
      return {
        ok: true,
        coefficients: beta,
        logLikelihood: ll,
        iterations: iteration,
        converged: true,
      };
    }
  }
  return {
    ok: true,
    coefficients: beta,
    logLikelihood: ll,
    iterations: MAX_ITERATIONS,
    converged: false,
  };
}
