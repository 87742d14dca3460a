import { firstRows, madeRows, rowAt, rowList } from "./plan-rows";

describe("plan rows", () => {
  it("makes a row only when asked, and each time afresh", () => {
    const asked: number[] = [];
    const rows = madeRows(3, (i) => {
      asked.push(i);
      return [`C${i}`, i * 10];
    });
    expect(rows).toHaveLength(3);
    expect(asked).toEqual([]);
    expect(rowAt(rows, 2)).toEqual(["C2", 20]);
    expect(rowAt(rows, 2)).not.toBe(rowAt(rows, 2));
    expect(asked).toEqual([2, 2, 2]);
  });

  it("reads held rows and made rows alike", () => {
    const held = [
      ["a", 1],
      ["b", 2],
    ];
    const made = madeRows(2, (i) => held[i]);
    expect(rowList(made)).toEqual(rowList(held));
    expect(rowAt(held, 1)).toBe(held[1]);
  });

  it("refuses a row outside the table rather than giving undefined", () => {
    expect(() =>
      rowAt(
        madeRows(2, () => []),
        2
      )
    ).toThrow(RangeError);
    expect(() => rowAt([["a"]], -1)).toThrow(RangeError);
  });

  it("cuts to the first rows without making any", () => {
    const asked: number[] = [];
    const cut = firstRows(
      madeRows(1_000_000, (i) => {
        asked.push(i);
        return [i];
      }),
      3
    );
    expect(cut).toHaveLength(3);
    expect(asked).toEqual([]);
    expect(rowList(cut)).toEqual([[0], [1], [2]]);
    expect(firstRows([[1], [2]], 5)).toEqual([[1], [2]]);
    expect(firstRows([[1], [2]], 1)).toEqual([[1]]);
  });
});
