import { parseSheetRegistry, serializeSheetRegistry } from "./sheet-registry";

describe("sheet registry", () => {
  it("round-trips sheet ids by key", () => {
    const registry = { tiers: "{A}", credit: "{B}" };
    expect(parseSheetRegistry(serializeSheetRegistry(registry))).toEqual(registry);
  });

  it("claims no sheet when the setting is missing, broken, of another version or holds strangers", () => {
    expect(parseSheetRegistry(undefined)).toEqual({});
    expect(parseSheetRegistry("{nope")).toEqual({});
    expect(parseSheetRegistry(JSON.stringify({ version: 2, sheets: { tiers: "{A}" } }))).toEqual(
      {}
    );
    expect(
      parseSheetRegistry(
        JSON.stringify({ version: 1, sheets: { tiers: 5, mine: "{X}", credit: "{B}" } })
      )
    ).toEqual({ credit: "{B}" });
  });
});
