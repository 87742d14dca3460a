import { DEFAULT_CREDIT_SETTINGS } from "./credit-settings";
import { fuzzyMemberships } from "./fuzzy-memberships";

const grades = DEFAULT_CREDIT_SETTINGS.fuzzyGrades;

describe("fuzzyMemberships", () => {
  it("is 1 in a grade at its peak", () => {
    expect(fuzzyMemberships(100, grades)).toEqual([1, 0, 0, 0]);
    expect(fuzzyMemberships(80, grades)).toEqual([0, 1, 0, 0]);
    expect(fuzzyMemberships(60, grades)).toEqual([0, 0, 1, 0]);
    expect(fuzzyMemberships(40, grades)).toEqual([0, 0, 0, 1]);
  });

  it("splits linearly between neighbouring peaks", () => {
    expect(fuzzyMemberships(90, grades)).toEqual([0.5, 0.5, 0, 0]);
    expect(fuzzyMemberships(65, grades)).toEqual([0, 0.25, 0.75, 0]);
  });

  it("keeps the ends as shoulders", () => {
    expect(fuzzyMemberships(30, grades)).toEqual([0, 0, 0, 1]);
    expect(fuzzyMemberships(0, grades)).toEqual([0, 0, 0, 1]);
    expect(fuzzyMemberships(120, grades)).toEqual([1, 0, 0, 0]);
  });

  it("sums to 1 everywhere", () => {
    for (let p = 0; p <= 100; p += 0.5) {
      expect(fuzzyMemberships(p, grades).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  it("follows the grades' order, whatever order the peaks are listed in", () => {
    const reversed = [...grades].reverse();
    expect(fuzzyMemberships(90, reversed)).toEqual([0, 0, 0.5, 0.5]);
  });
});
