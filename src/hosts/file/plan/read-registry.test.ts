import { REGISTRY_MARKER } from "./registry-sheet";
import { registryFromRows } from "./read-registry";

describe("registryFromRows", () => {
  it("reads version 2 rows: key, name, range", () => {
    const rows = [
      [REGISTRY_MARKER, 2],
      ["key", "name", "range"],
      ["tiers", "Tiers", "A1:C9"],
      ["history", "History", null],
    ];
    expect(registryFromRows(rows)).toEqual({
      version: 2,
      records: [
        { key: "tiers", name: "Tiers", box: "A1:C9" },
        { key: "history", name: "History" },
      ],
    });
  });

  it("skips rows it cannot read, and a later row for a key wins", () => {
    const rows = [
      [REGISTRY_MARKER, 2],
      [],
      ["not-a-key", "x"],
      ["tiers", 3],
      ["tiers", "Old"],
      ["tiers", "Tiers"],
    ];
    expect(registryFromRows(rows).records).toEqual([{ key: "tiers", name: "Tiers" }]);
  });

  it("reads version 1 rows (key, sheet id, name)", () => {
    const rows = [[REGISTRY_MARKER, 1], [], ["credit", 4, "Credit"], ["tiers", "4", "Tiers"]];
    expect(registryFromRows(rows)).toEqual({
      version: 1,
      records: [{ key: "credit", sheetId: 4, name: "Credit" }],
    });
  });
});
