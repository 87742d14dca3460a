/** The rows sorted by score ascending (worst first), ties by row, as a new array. */
export function rowsByScore(score: Float64Array, rows: Int32Array): Int32Array {
  return Int32Array.from(rows).sort((a, b) => score[a] - score[b] || a - b);
}
