// Which half of a double is which in a Uint32Array view of its bytes (little-endian on every
// platform the add-in runs on, checked rather than assumed).
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LOW = LITTLE_ENDIAN ? 0 : 1;
const HIGH = 1 - LOW;

/**
 * The given indices ordered by their values, largest first; equal values (0 and -0 included) keep
 * the indices' own order. Values must not be NaN.
 *
 * A radix sort on the values' bits: four passes over the indices whatever the data, where a sort
 * with a comparator makes some twenty comparator calls per value at a million values.
 */
export function descendingOrder(values: Float64Array, indices: Int32Array): Int32Array {
  const n = indices.length;
  // Each value as two unsigned 32-bit halves that order like -value does; adding 0 makes -0 into 0.
  const negated = new Float64Array(n);
  for (let k = 0; k < n; k++) negated[k] = -values[indices[k]] + 0;
  const halves = new Uint32Array(negated.buffer);
  const keys = [new Uint32Array(n), new Uint32Array(n)];
  for (let k = 0; k < n; k++) {
    const high = halves[2 * k + HIGH];
    const negative = high >>> 31 === 1;
    // Negative doubles order backwards by their bits: flip them all; positive ones go above them.
    keys[0][k] = negative ? ~halves[2 * k + LOW] >>> 0 : halves[2 * k + LOW];
    keys[1][k] = negative ? ~high >>> 0 : (high | 0x80000000) >>> 0;
  }
  // Least significant 16 bits first; each pass is stable, so the last pass leaves a full order.
  let from = new Int32Array(n);
  for (let k = 0; k < n; k++) from[k] = k;
  let to = new Int32Array(n);
  const start = new Int32Array(1 << 16);
  for (let pass = 0; pass < 4; pass++) {
    const key = keys[pass >> 1];
    const shift = (pass & 1) * 16;
    start.fill(0);
    for (let k = 0; k < n; k++) start[(key[from[k]] >>> shift) & 0xffff]++;
    let sum = 0;
    for (let d = 0; d < start.length; d++) {
      const count = start[d];
      start[d] = sum;
      sum += count;
    }
    for (let k = 0; k < n; k++) {
      const p = from[k];
      to[start[(key[p] >>> shift) & 0xffff]++] = p;
    }
    [from, to] = [to, from];
  }
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = indices[from[k]];
  return order;
}
