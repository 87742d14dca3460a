import { roundLimit } from "./round-limit";

describe("roundLimit", () => {
  it("rounds down to the step, keeps exact multiples, and leaves nulls and step 0 alone", () => {
    expect(roundLimit(104037.81, 1000)).toBe(104000);
    expect(roundLimit(43.77, 1000)).toBe(0);
    expect(roundLimit(2999.9999999999995, 1000)).toBe(3000);
    expect(roundLimit(6000, 1000)).toBe(6000);
    expect(roundLimit(104037.81, 500)).toBe(104000);
    expect(roundLimit(104037.81, 0)).toBe(104037.81);
    expect(roundLimit(null, 1000)).toBeNull();
  });
});
