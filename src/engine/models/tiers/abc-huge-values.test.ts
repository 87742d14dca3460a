import { ABC_CODES, abcClasses } from "./abc";
import { DEFAULT_TIER_SETTINGS } from "./tier-settings";
import { orderByValue } from "./value-order";

function run(values: number[]) {
  const ids = values.map((_, i) => `C${i}`);
  const r = abcClasses(values, orderByValue(values, ids), DEFAULT_TIER_SETTINGS.abc);
  return { classOf: Array.from(r.classOf, (code) => (code === 0 ? null : ABC_CODES[code - 1])) };
}

describe("abcClasses with values near the largest double (test/fixtures/bad/huge-and-tiny-numbers.csv)", () => {
  it("does not throw when the total in cents overflows to Infinity", () => {
    const r = run([1.7e308, 1e308]);
    expect(r.classOf).toHaveLength(2);
    expect(r.classOf[0]).toBe("A");
  });

  it("does not throw when the total is Infinity minus Infinity (NaN)", () => {
    const r = run([1.7e308, 1e308, -1.7e308, -1e308]);
    expect(r.classOf.every((c) => c !== null)).toBe(true);
  });

  it("still classes a total above 2^53 cents (no longer exact) in floating point", () => {
    const r = run([9e13, 9e13, 1e13]);
    // 18e13 of 19e13 before the third is 94.7%: below 95%, so B.
    expect(r.classOf).toEqual(["A", "A", "B"]);
  });
});
