/**
 * True for a customer's value; false for none, which a value column holds as null or, in a
 * Float64Array, as NaN.
 */
export function hasValue(v: number | null): v is number {
  return v !== null && !Number.isNaN(v);
}
