import { naturalBreaks } from "./natural-breaks";

describe("naturalBreaks", () => {
  it("finds the obvious groups, class 1 the lowest", () => {
    const values = [1, 2, 1, 50, 52, 100, 101, 1000, 1001, null];
    const r = naturalBreaks(values, 4);
    expect(Array.from(r.classOf)).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4, 0]);
    expect(r.classes).toEqual([
      { index: 1, min: 1, max: 2, count: 3 },
      { index: 2, min: 50, max: 52, count: 2 },
      { index: 3, min: 100, max: 101, count: 2 },
      { index: 4, min: 1000, max: 1001, count: 2 },
    ]);
  });

  it("does not throw with fewer values or distinct values than classes", () => {
    expect(Array.from(naturalBreaks([3, 3, 3], 4).classOf)).toEqual([1, 1, 1]);
    expect(Array.from(naturalBreaks([1, 9], 4).classOf)).toEqual([1, 2]);
    const r = naturalBreaks([1, 1, 1, 1, 9, 9], 4);
    expect(Array.from(r.classOf)).toEqual([1, 1, 1, 1, 2, 2]);
    expect(r.classes.length).toBe(2);
  });

  it("handles a single customer, negatives and no values", () => {
    expect(Array.from(naturalBreaks([7], 4).classOf)).toEqual([1]);
    expect(Array.from(naturalBreaks([-100, -90, 0, 5, 500], 2).classOf)).toEqual([1, 1, 1, 1, 2]);
    expect(naturalBreaks([null], 4)).toEqual({ classOf: new Int16Array(1), classes: [] });
  });

  it("accepts the caller's sorted values", () => {
    expect(Array.from(naturalBreaks([9, 1], 2, [1, 9]).classOf)).toEqual([2, 1]);
  });
});
