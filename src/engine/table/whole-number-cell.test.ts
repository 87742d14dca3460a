import { wholeNumberCell } from "./whole-number-cell";

describe("wholeNumberCell", () => {
  it("shares one frozen ok cell per small whole number", () => {
    expect(wholeNumberCell(0)).toEqual({ raw: 0, status: "ok", value: 0 });
    expect(wholeNumberCell(1023)).toEqual({ raw: 1023, status: "ok", value: 1023 });
    expect(wholeNumberCell(7)).toBe(wholeNumberCell(3 + 4));
    expect(Object.isFrozen(wholeNumberCell(7))).toBe(true);
  });

  it("leaves fractions, negatives, negative zero and larger numbers to a cell of their own", () => {
    for (const n of [0.5, -1, -0, 1024, NaN, Infinity]) expect(wholeNumberCell(n)).toBeNull();
  });
});
