/**
 * Ckmeans (optimal 1-D k-means by dynamic programming, Wang & Song; the O(k n log n) divide and
 * conquer of Ckmeans.1d.dp 3.4.6) on values sorted ascending, with at least `classes` distinct
 * values and classes >= 2. Returns where each class starts in `sorted`, lowest class first.
 *
 * The same steps and floating-point operations, in the same order, as simple-statistics' ckmeans
 * (so the breaks are the same, ties included), on typed arrays: at a million values its plain
 * arrays of arrays cost more than the arithmetic.
 */
export function ckmeansStarts(sorted: Float64Array, classes: number): Int32Array {
  const n = sorted.length;
  const cost: Float64Array[] = [];
  const back: Int32Array[] = [];
  for (let c = 0; c < classes; c++) {
    cost.push(new Float64Array(n));
    back.push(new Int32Array(n));
  }
  // Shifted by the median for numeric stability, as simple-statistics does.
  const shift = sorted[Math.floor(n / 2)];
  const sums = new Float64Array(n);
  const sumsOfSquares = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = sorted[i] - shift;
    sums[i] = i === 0 ? x : sums[i - 1] + x;
    sumsOfSquares[i] = i === 0 ? x * x : sumsOfSquares[i - 1] + x * x;
    cost[0][i] = withinSquares(0, i, sums, sumsOfSquares);
  }
  for (let c = 1; c < classes; c++) {
    // The last class needs only the last column: the whole data in `classes` classes.
    const iMin = c < classes - 1 ? c : n - 1;
    fillColumn(iMin, n - 1, c, cost, back, sums, sumsOfSquares);
  }
  const starts = new Int32Array(classes);
  let right = n - 1;
  for (let c = classes - 1; c >= 0; c--) {
    starts[c] = back[c][right];
    right = starts[c] - 1;
  }
  return starts;
}

/** Sum of squared deviations of sorted[j..i] from their mean, from the prefix sums; never negative. */
function withinSquares(
  j: number,
  i: number,
  sums: Float64Array,
  sumsOfSquares: Float64Array
): number {
  let s: number;
  if (j > 0) {
    const mean = (sums[i] - sums[j - 1]) / (i - j + 1);
    s = sumsOfSquares[i] - sumsOfSquares[j - 1] - (i - j + 1) * mean * mean;
  } else {
    s = sumsOfSquares[i] - (sums[i] * sums[i]) / (i + 1);
  }
  return s < 0 ? 0 : s;
}

/**
 * Fills cost[c][iMin..iMax] (least within-class squares of sorted[0..i] in c + 1 classes) and
 * back[c] (where the last class starts), middle first, narrowing the search for the start with
 * the neighbours' answers.
 */
function fillColumn(
  iMin: number,
  iMax: number,
  c: number,
  cost: Float64Array[],
  back: Int32Array[],
  sums: Float64Array,
  sumsOfSquares: Float64Array
): void {
  if (iMin > iMax) return;
  const i = Math.floor((iMin + iMax) / 2);
  const here = cost[c];
  const before = cost[c - 1];
  here[i] = before[i - 1];
  back[c][i] = i;
  let jLow = c;
  if (iMin > c) jLow = Math.max(jLow, back[c][iMin - 1]);
  jLow = Math.max(jLow, back[c - 1][i]);
  let jHigh = i - 1;
  if (iMax < here.length - 1) jHigh = Math.min(jHigh, back[c][iMax + 1]);
  for (let j = jHigh; j >= jLow; --j) {
    const sji = withinSquares(j, i, sums, sumsOfSquares);
    if (sji + before[jLow - 1] >= here[i]) break;
    // Try the low end of the range too, and raise it.
    const lowCost = withinSquares(jLow, i, sums, sumsOfSquares) + before[jLow - 1];
    if (lowCost < here[i]) {
      here[i] = lowCost;
      back[c][i] = jLow;
    }
    jLow++;
    const jCost = sji + before[j - 1];
    if (jCost < here[i]) {
      here[i] = jCost;
      back[c][i] = j;
    }
  }
  fillColumn(iMin, i - 1, c, cost, back, sums, sumsOfSquares);
  fillColumn(i + 1, iMax, c, cost, back, sums, sumsOfSquares);
}
