import { heldIndexes, SPARSE_PAST } from "./held-indexes";

describe("heldIndexes", () => {
  it("lists the indexes a short row holds from a start, holes left out", () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(heldIndexes([1, , null, 4], 1)).toEqual([2, 3]);
  });

  it("walks a long sparse row by its values, in order", () => {
    const row: unknown[] = [];
    row[16_383] = 7;
    row[0] = 1;
    row[SPARSE_PAST + 5] = null;
    expect(heldIndexes(row)).toEqual([0, SPARSE_PAST + 5, 16_383]);
    expect(heldIndexes(row, 1)).toEqual([SPARSE_PAST + 5, 16_383]);
  });
});
