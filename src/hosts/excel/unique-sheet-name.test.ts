import { uniqueSheetName } from "./unique-sheet-name";

describe("uniqueSheetName", () => {
  it("keeps a free name", () => {
    expect(uniqueSheetName("Tiers", ["Data"])).toBe("Tiers");
  });

  it("never takes a name a sheet already has, in any case", () => {
    expect(uniqueSheetName("Tiers", ["tiers"])).toBe("Tiers (2)");
    expect(uniqueSheetName("Tiers", ["Tiers", "Tiers (2)"])).toBe("Tiers (3)");
  });

  it("makes names Excel accepts: no []:*?/\\, at most 31 characters", () => {
    expect(uniqueSheetName("a/b:c", [])).toBe("a_b_c");
    const long = "x".repeat(40);
    expect(uniqueSheetName(long, [])).toHaveLength(31);
    expect(uniqueSheetName(long, ["x".repeat(31)])).toBe(`${"x".repeat(27)} (2)`);
  });
});
