/**
 * A value as plain data a test can compare with toEqual: Maps as entry lists, Sets as value lists,
 * typed arrays as arrays, Dates as their time. jest cannot compare the Maps structuredClone returns
 * (they belong to Node's realm, not the test's), and a run sent in parts no longer shares the
 * objects it shared before (equal data, other references), so runs that crossed compare as this.
 */
export function plainData(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  const tag = Object.prototype.toString.call(value);
  if (tag === "[object Map]") {
    return {
      map: [...(value as Map<unknown, unknown>)].map(([k, v]) => [plainData(k), plainData(v)]),
    };
  }
  if (tag === "[object Set]") return { set: [...(value as Set<unknown>)].map(plainData) };
  if (tag === "[object Date]") return { date: (value as Date).getTime() };
  if (ArrayBuffer.isView(value)) return { typed: tag, values: Array.from(value as Uint8Array) };
  if (Array.isArray(value)) return value.map(plainData);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainData(v)]));
}
