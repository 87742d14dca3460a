import { ABC_CODES, abcClasses } from "./abc";
import { DEFAULT_TIER_SETTINGS } from "./tier-settings";
import { orderByValue } from "./value-order";

function run(
  values: (number | null)[],
  ids = values.map((_, i) => `C${String(i).padStart(3, "0")}`)
) {
  return named(abcClasses(values, orderByValue(values, ids), DEFAULT_TIER_SETTINGS.abc));
}

/** The class codes as names (null for unranked) and loss-making as booleans. */
function named(r: ReturnType<typeof abcClasses>) {
  return {
    ...r,
    classOf: Array.from(r.classOf, (code) => (code === 0 ? null : ABC_CODES[code - 1])),
    lossMaking: Array.from(r.lossMaking, (flag) => flag === 1),
  };
}

describe("abcClasses", () => {
  it("ten equal customers: A = the first 8 (exactly 80% before the 9th is not below 80%)", () => {
    const r = run(new Array(10).fill(100));
    expect(r.classOf).toEqual(["A", "A", "A", "A", "A", "A", "A", "A", "B", "B"]);
    expect(r.counts).toEqual({ A: 8, B: 2, C: 0 });
    expect(r.valueShares.A).toBeCloseTo(0.8, 12);
  });

  it("is exact in cents where floating point drifts (0.1 + 0.2 ...)", () => {
    // 10 x 0.1: floating sums give 0.7999999999999999 before the 9th; cents give exactly 80.
    const r = run(new Array(10).fill(0.1));
    expect(r.counts.A).toBe(8);
  });

  it("puts the customer crossing 80% in A and the one crossing 95% in B", () => {
    // shares 50, 25 (cum before 50), 15 (before 75 -> A), 6 (before 90 -> B), 4 (before 96 -> C)
    const r = run([50, 25, 15, 6, 4]);
    expect(r.classOf).toEqual(["A", "A", "A", "B", "C"]);
    expect(Array.from(r.cumulativeShare)).toEqual([0.5, 0.75, 0.9, 0.96, 1]);
  });

  it("a customer with exactly 95% before it is C", () => {
    const r = run([80, 15, 5]);
    expect(r.classOf).toEqual(["A", "B", "C"]);
  });

  it("breaks ties by customer_id, not input order", () => {
    const r = run(
      [100, 100, 100, 100, 100, 100, 100, 100, 100, 100],
      ["J", "I", "H", "G", "F", "E", "D", "C", "B", "A"]
    );
    // "A" and "B" rank 1st and 2nd (A); "J" and "I" rank last (B).
    expect(r.classOf[9]).toBe("A");
    expect(r.classOf[0]).toBe("B");
    expect(r.classOf[1]).toBe("B");
  });

  it("makes zero and negative values C and loss-making; shares are of the net total", () => {
    const r = run([100, 0, -20, 10]);
    // Net total 90: the top customer alone holds 111%, so the 10 after it is already past 95%.
    expect(r.classOf).toEqual(["A", "C", "C", "C"]);
    expect(r.lossMaking).toEqual([false, true, true, false]);
    expect(r.totalCents).toBe(9000);
    // The top customer holds more than 100% of the net total.
    expect(r.cumulativeShare[0]).toBeCloseTo(100 / 90, 12);
    expect(r.valueShares.C).toBeCloseTo((0 - 20 + 10) / 90, 12);
  });

  it("a total <= 0 puts everyone in C", () => {
    const r = run([10, -10, -5]);
    expect(r.totalNotPositive).toBe(true);
    expect(r.classOf).toEqual(["C", "C", "C"]);
    expect(r.lossMaking).toEqual([false, true, true]);
    expect(r.valueShares).toEqual({ A: null, B: null, C: null });
    expect(run([0, 0]).classOf).toEqual(["C", "C"]);
  });

  it("a single customer is A; unranked customers get no class", () => {
    expect(run([5]).classOf).toEqual(["A"]);
    const r = run([null, 5]);
    expect(r.classOf).toEqual([null, "A"]);
    expect(Number.isNaN(r.cumulativeShare[0])).toBe(true);
  });

  it("handles no customers", () => {
    const r = run([]);
    expect(r.counts).toEqual({ A: 0, B: 0, C: 0 });
    expect(r.totalNotPositive).toBe(true);
  });

  it("follows the settings", () => {
    const values = new Array(10).fill(1);
    const r = abcClasses(
      values,
      orderByValue(
        values,
        values.map((_, i) => String(i))
      ),
      { aShare: 0.5, bShare: 0.7 }
    );
    expect(r.counts).toEqual({ A: 5, B: 2, C: 3 });
  });
});
