export interface NelderMeadOptions {
  /** Side of the first simplex along each axis (default 0.5: the fits work on logarithms). */
  step?: number;
  /** Stop when every vertex is this close to the best one, coordinate by coordinate (default 1e-8). */
  xTolerance?: number;
  /** ... and every vertex's value is this close to the best value (default 1e-10). */
  fTolerance?: number;
  /** Give up after this many iterations (default 5,000 x the dimension). */
  maxIterations?: number;
}

export interface NelderMeadResult {
  /** The best point found. */
  x: Float64Array;
  /** f at x. */
  value: number;
  iterations: number;
  evaluations: number;
  /** True when both tolerances were met before maxIterations. */
  converged: boolean;
}

/**
 * Minimises f by the Nelder-Mead simplex method, with scipy's coefficients (reflection 1, expansion
 * 2, contraction 1/2, shrink 1/2) and stopping rule (xatol and fatol both met). A value that is NaN
 * counts as +Infinity, so a step into a region where f is undefined is simply not taken.
 */
export function nelderMead(
  f: (x: Float64Array) => number,
  start: ArrayLike<number>,
  options: NelderMeadOptions = {}
): NelderMeadResult {
  const n = start.length;
  const step = options.step ?? 0.5;
  const xTolerance = options.xTolerance ?? 1e-8;
  const fTolerance = options.fTolerance ?? 1e-10;
  const maxIterations = options.maxIterations ?? 5000 * n;
  let evaluations = 0;
  const value = (x: Float64Array): number => {
    evaluations++;
    const v = f(x);
    return Number.isNaN(v) ? Infinity : v;
  };

  const simplex: Float64Array[] = [];
  const values: number[] = [];
  for (let i = 0; i <= n; i++) {
    const x = Float64Array.from(start);
    if (i > 0) x[i - 1] += step;
    simplex.push(x);
    values.push(value(x));
  }
  const order = Array.from({ length: n + 1 }, (_, i) => i);
  const sort = () => {
    order.sort((i, j) => values[i] - values[j]);
    const xs = order.map((i) => simplex[i]);
    const vs = order.map((i) => values[i]);
    for (let i = 0; i <= n; i++) {
      simplex[i] = xs[i];
      values[i] = vs[i];
      order[i] = i;
    }
  };
  sort();

  const centroid = new Float64Array(n);
  const along = (t: number): Float64Array => {
    // centroid + t (centroid - worst)
    const x = new Float64Array(n);
    for (let j = 0; j < n; j++) x[j] = centroid[j] + t * (centroid[j] - simplex[n][j]);
    return x;
  };

  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    if (isSmall(simplex, values, xTolerance, fTolerance)) {
      converged = true;
      break;
    }
    iterations++;
    centroid.fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] += simplex[i][j] / n;

    const reflected = along(1);
    const fr = value(reflected);
    if (fr < values[0]) {
      const expanded = along(2);
      const fe = value(expanded);
      if (fe < fr) replaceWorst(expanded, fe);
      else replaceWorst(reflected, fr);
    } else if (fr < values[n - 1]) {
      replaceWorst(reflected, fr);
    } else {
      const outside = fr < values[n];
      const contracted = along(outside ? 0.5 : -0.5);
      const fc = value(contracted);
      if (outside ? fc <= fr : fc < values[n]) replaceWorst(contracted, fc);
      else {
        for (let i = 1; i <= n; i++) {
          for (let j = 0; j < n; j++)
            simplex[i][j] = simplex[0][j] + 0.5 * (simplex[i][j] - simplex[0][j]);
          values[i] = value(simplex[i]);
        }
      }
    }
    sort();
  }
  return { x: simplex[0], value: values[0], iterations, evaluations, converged };

  function replaceWorst(x: Float64Array, v: number): void {
    simplex[n] = x;
    values[n] = v;
  }
}

function isSmall(
  simplex: readonly Float64Array[],
  values: readonly number[],
  xTolerance: number,
  fTolerance: number
): boolean {
  for (let i = 1; i < simplex.length; i++) {
    if (!(Math.abs(values[i] - values[0]) <= fTolerance)) return false;
    for (let j = 0; j < simplex[0].length; j++) {
      if (!(Math.abs(simplex[i][j] - simplex[0][j]) <= xTolerance)) return false;
    }
  }
  return true;
}
