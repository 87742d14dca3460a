import { NEEDED_FIELD_SEVERITY, SEVERITY } from "./severity";

describe("SEVERITY", () => {
  it("follows domain.md §3", () => {
    const bySeverity = (s: string) =>
      Object.entries(SEVERITY)
        .filter(([, v]) => v === s)
        .map(([k]) => k)
        .sort();
    expect(bySeverity("info")).toEqual(["blank-row", "extra-label", "format-fix"]);
    expect(bySeverity("warning")).toEqual([
      "duplicate-row",
      "fuzzy-duplicate",
      "repeated-header",
      "stale-record",
      "transactions-override",
      "unknown-customer",
    ]);
    expect(SEVERITY["missing-label"]).toBe("error");
    expect(NEEDED_FIELD_SEVERITY).toBe("warning");
  });
});
