import { WeightingError } from "./weighting-error";
import { validateAhpMatrix } from "./validate-ahp-matrix";

/** Saaty's random index for n = 1..10 (domain.md §5). */
export const RANDOM_INDEX: readonly number[] = [
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49,
];

/** The consistency ratio from which judgements are refused (domain.md §5). */
export const AHP_MAX_CR = 0.1;

export interface AhpResult {
  /** Principal eigenvector, normalised to sum 1, in the matrix's order. */
  weights: number[];
  lambdaMax: number;
  /** (lambdaMax - n) / (n - 1); 0 for n <= 2. */
  ci: number;
  /** CI / RI; 0 when RI is 0 (n <= 2: any reciprocal 2 x 2 matrix is consistent). */
  cr: number;
  ri: number;
  /** cr below maxCr. */
  consistent: boolean;
}

const CONVERGENCE = 1e-12;
const MAX_ITERATIONS = 100_000;

/**
 * AHP weights from a pairwise comparison matrix (a_ij = how much more important i is than j):
 * the principal eigenvector by power iteration until no weight moves by 1e-12, lambda_max,
 * CI = (lambda_max - n) / (n - 1) and CR = CI / RI. Throws WeightingError (bilingual) when the
 * matrix fails validateAhpMatrix. For a positive matrix the iteration converges (Perron-Frobenius).
 */
export function ahpWeights(matrix: readonly (readonly number[])[], maxCr = AHP_MAX_CR): AhpResult {
  const issues = validateAhpMatrix(matrix);
  if (issues.length > 0) throw new WeightingError(issues[0].code, issues[0].message);
  const n = matrix.length;
  const multiply = (w: readonly number[]): number[] =>
    matrix.map((row) => row.reduce((sum, a, j) => sum + a * w[j], 0));

  let weights: number[] = new Array<number>(n).fill(1 / n);
  for (let k = 0; k < MAX_ITERATIONS; k++) {
    const product = multiply(weights);
    const total = product.reduce((a, b) => a + b, 0);
    const next = product.map((v) => v / total);
    const moved = Math.max(...next.map((v, i) => Math.abs(v - weights[i])));
    weights = next;
    if (moved < CONVERGENCE) break;
  }
  // With weights summing to 1, A w = lambda w gives sum(A w) = lambda.
  const lambdaMax = multiply(weights).reduce((a, b) => a + b, 0);
  // lambda_max >= n for reciprocal matrices; rounding can put a consistent matrix a hair below.
  const ci = n > 2 ? Math.max(0, (lambdaMax - n) / (n - 1)) : 0;
  const ri = RANDOM_INDEX[n - 1];
  const cr = ri > 0 ? ci / ri : 0;
  return { weights, lambdaMax, ci, cr, ri, consistent: cr < maxCr };
}
