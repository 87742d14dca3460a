import { dayFromIso } from "../engine/day";
import { parseAsOf, todayIso } from "./as-of";

describe("as-of date", () => {
  it("defaults to the local calendar date, whatever the UTC date is", () => {
    expect(todayIso(new Date(2026, 10, 1, 23, 59))).toBe("2026-11-01");
    expect(todayIso(new Date(2026, 0, 1, 0, 1))).toBe("2026-01-01");
  });

  it("reads a typed date and refuses what is not one", () => {
    expect(parseAsOf(" 2026-11-01 ")).toBe(dayFromIso("2026-11-01"));
    expect(parseAsOf("2026-02-30")).toBeNull();
    expect(parseAsOf("")).toBeNull();
  });
});
