import fc from "fast-check";
import type { CellValue } from "../../table/cell";
import { rowKey } from "./duplicate-row";
import { rowHash } from "./row-hash";

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(null, "", "  ", "a", "A", "1", 1, -0, 0, NaN, true, false),
  fc.constantFrom<CellValue>({ error: "#N/A" }, new Date(0), new Date(86_400_000)),
  fc.string({ maxLength: 3 }),
  fc.integer({ min: -3, max: 3 })
);

describe("rowHash", () => {
  it("is the same for rows with the same rowKey", () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 5 }), fc.array(cell, { maxLength: 5 }), (a, b) => {
        if (rowKey(a) === rowKey(b)) expect(rowHash(a)).toBe(rowHash(b));
      })
    );
  });

  it("ignores empty cells at the end and tells 0 from -0 no more than rowKey does", () => {
    expect(rowHash(["a", null, "  "])).toBe(rowHash(["a"]));
    expect(rowHash([0, "x"])).toBe(rowHash([-0, "x"]));
  });

  it("usually differs when the rows differ", () => {
    expect(rowHash([1, "a"])).not.toBe(rowHash(["1", "a"]));
    expect(rowHash(["A"])).not.toBe(rowHash(["a"]));
    expect(rowHash([null, "a"])).not.toBe(rowHash(["a"]));
    expect(rowHash([new Date(0)])).not.toBe(rowHash([0]));
  });
});

describe("rowHash and rowKey on long sparse rows", () => {
  const far = (a: CellValue, xfd: CellValue, between: CellValue = null): CellValue[] => {
    const row: CellValue[] = [a];
    row[16_383] = xfd;
    if (between !== null) row[5_000] = between;
    return row;
  };

  it("agree, by the values held and their columns, without a key per slot", () => {
    expect(rowKey(far(1, 7))).toBe(rowKey(far(1, 7)));
    expect(rowHash(far(1, 7))).toBe(rowHash(far(1, 7)));
    expect(rowKey(far(1, 7))).not.toBe(rowKey(far(1, 8)));
    expect(rowHash(far(1, 7))).not.toBe(rowHash(far(1, 8)));
    expect(rowHash(far(1, 7, "x"))).not.toBe(rowHash(far(1, 7)));
    expect(rowKey(far(1, 7, " "))).toBe(rowKey(far(1, 7)));
    expect(rowHash(far(1, 7, " "))).toBe(rowHash(far(1, 7)));
    expect(rowKey(far(1, 7)).length).toBeLessThan(100);
  });
});
