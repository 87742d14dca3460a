import { legalSheetName, uniqueSheetName } from "./sheet-name";

describe("legalSheetName", () => {
  it("replaces characters Excel refuses and trims quotes at the ends", () => {
    expect(legalSheetName("'A/B:C?[D]*\\'")).toBe("A_B_C__D___");
  });
  it("cuts to 31 characters, counting a CJK character as one", () => {
    expect(legalSheetName("客".repeat(40))).toBe("客".repeat(31));
  });
  it("names an empty plan name Sheet", () => {
    expect(legalSheetName("  ")).toBe("Sheet");
  });
});

describe("uniqueSheetName", () => {
  it("keeps a free name", () => {
    expect(uniqueSheetName("Tiers", ["Data"])).toBe("Tiers");
  });
  it("suffixes (2), then (3), comparing without case", () => {
    expect(uniqueSheetName("Tiers", ["tiers"])).toBe("Tiers (2)");
    expect(uniqueSheetName("Tiers", ["Tiers", "TIERS (2)"])).toBe("Tiers (3)");
  });
  it("shortens a long name so the suffix fits in 31 characters", () => {
    const long = "x".repeat(31);
    const name = uniqueSheetName(long, [long]);
    expect(name).toBe(`${"x".repeat(27)} (2)`);
    expect(name).toHaveLength(31);
  });
  it("never uses History, which Excel keeps for itself", () => {
    expect(uniqueSheetName("History", [])).toBe("History (2)");
  });
});
