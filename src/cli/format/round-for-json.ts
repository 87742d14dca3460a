/** Rounds for output; a value too large to scale is given as it is. */
export function roundForJson(value: number | null, decimals: number): number | null {
  if (value === null) return null;
  const factor = 10 ** decimals;
  const scaled = value * factor;
  // Near the largest double, scaling overflows to Infinity (JSON null): such a value has no decimals to round.
  return Number.isFinite(scaled) ? Math.round(scaled) / factor : value;
}
