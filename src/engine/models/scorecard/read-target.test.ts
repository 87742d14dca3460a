import { readTarget } from "./read-target";

describe("readTarget", () => {
  it("reads 0/1, good/bad and 好/坏, bad = 1", () => {
    expect([1, "1", "bad", " Bad ", "坏", 0, "0", "good", "GOOD", "好"].map(readTarget)).toEqual([
      1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ]);
  });

  it("gives -1 for an empty cell and null for anything else", () => {
    expect(readTarget(null)).toBe(-1);
    expect(readTarget(" ")).toBe(-1);
    expect(readTarget("maybe")).toBeNull();
    expect(readTarget(2)).toBeNull();
  });
});
