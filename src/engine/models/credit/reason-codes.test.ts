import type { IndicatorResult } from "./credit-result";
import { reasonCodes } from "./reason-codes";

const result = (id: string, shortfall: number | null): IndicatorResult => ({
  id,
  dimension: "d",
  name: { "zh-CN": id, "en-US": id },
  unit: "ratio",
  value: shortfall === null ? null : 1,
  points: shortfall === null ? null : 100 - shortfall,
  effectiveWeight: shortfall === null ? 0 : 1,
  shortfall,
});

describe("reasonCodes", () => {
  it("takes the largest shortfalls first", () => {
    const list = [result("a", 1), result("b", 9), result("c", 4), result("d", 6)];
    expect(reasonCodes(list, 3).map((r) => r.id)).toEqual(["b", "d", "c"]);
  });

  it("keeps table order among ties, also at the cut", () => {
    const list = [result("a", 2), result("b", 5), result("c", 5), result("d", 5), result("e", 5)];
    expect(reasonCodes(list, 3).map((r) => r.id)).toEqual(["b", "c", "d"]);
  });

  it("leaves out indicators without data or without a shortfall", () => {
    expect(
      reasonCodes([result("a", null), result("b", 0), result("c", 3)], 3).map((r) => r.id)
    ).toEqual(["c"]);
  });

  it("gives as many as asked, none for a count of 0", () => {
    const list = [result("a", 1), result("b", 2)];
    expect(reasonCodes(list, 1).map((r) => r.id)).toEqual(["b"]);
    expect(reasonCodes(list, 0)).toEqual([]);
  });
});

describe("reasonCodes, counts that are not whole", () => {
  it("reads a count as slice would: 2.5 gives 2, NaN and negatives none", () => {
    const list = [result("a", 1), result("b", 2), result("c", 3)];
    expect(reasonCodes(list, 2.5).map((r) => r.id)).toEqual(["c", "b"]);
    expect(reasonCodes(list, NaN)).toEqual([]);
    expect(reasonCodes(list, -1)).toEqual([]);
    expect(reasonCodes(list, Infinity).map((r) => r.id)).toEqual(["c", "b", "a"]);
  });
});

describe("reasonCodes, the list it gives", () => {
  it("is exactly as long as its reasons, with no holes", () => {
    const list = [result("a", 1), result("b", null), result("c", 3), result("d", 2)];
    const reasons = reasonCodes(list, 5);
    expect(reasons).toHaveLength(3);
    expect(Object.keys(reasons)).toEqual(["0", "1", "2"]);
    expect(reasonCodes(list, 2).map((r) => r.id)).toEqual(["c", "d"]);
    expect(reasonCodes([result("a", null)], 3)).toHaveLength(0);
  });

  it("drops the smallest when a larger one arrives late", () => {
    const list = [result("a", 1), result("b", 2), result("c", 3), result("d", 9)];
    expect(reasonCodes(list, 2).map((r) => r.id)).toEqual(["d", "c"]);
  });
});
