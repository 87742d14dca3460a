import { recogniseSheets, type SheetFacts } from "./recognise-sheets";

const sheet = (name: string, marker: string | null = null, sheetId?: number): SheetFacts => ({
  name,
  marker,
  ...(sheetId === undefined ? {} : { sheetId }),
});

describe("recogniseSheets", () => {
  it("takes a marked sheet the record lists, whatever its name, id or place", () => {
    const found = recogniseSheets(
      [sheet("My notes"), sheet("Data"), sheet("Renamed history", "history")],
      [{ key: "history", name: "TierSheet History" }]
    );
    expect([...found.own]).toEqual([["history", 2]]);
    expect(found.unconfirmed.size).toBe(0);
  });
  it("leaves a user's sheet with the add-in's name alone", () => {
    const found = recogniseSheets(
      [sheet("TierSheet History"), sheet("TierSheet History (2)", "history")],
      [{ key: "history", name: "TierSheet History (2)" }]
    );
    expect([...found.own]).toEqual([["history", 1]]);
    expect(found.unconfirmed.size).toBe(0);
  });
  it("does not confirm a marker the record does not know, nor any marker without a record", () => {
    const sheets = [sheet("Tiers", "tiers")];
    expect(recogniseSheets(sheets, []).unconfirmed.get(0)).toBe("tiers");
    expect(recogniseSheets(sheets, null).unconfirmed.get(0)).toBe("tiers");
    expect(recogniseSheets(sheets, null).own.size).toBe(0);
  });
  it("does not confirm a recorded sheet whose marker is gone", () => {
    const found = recogniseSheets(
      [sheet("TierSheet History")],
      [{ key: "history", name: "TierSheet History" }]
    );
    expect(found.own.size).toBe(0);
    expect([...found.unconfirmed]).toEqual([[0, "history"]]);
  });
  it("picks the recorded name among two sheets claiming one key, and doubts the other", () => {
    const found = recogniseSheets(
      [sheet("Tiers (copy)", "tiers"), sheet("Tiers", "tiers")],
      [{ key: "tiers", name: "Tiers" }]
    );
    expect([...found.own]).toEqual([["tiers", 1]]);
    expect([...found.unconfirmed]).toEqual([[0, "tiers"]]);
    const neither = recogniseSheets(
      [sheet("A", "tiers"), sheet("B", "tiers")],
      [{ key: "tiers", name: "Tiers" }]
    );
    expect(neither.own.size).toBe(0);
    expect(neither.unconfirmed.size).toBe(2);
  });
  it("reads version 1 records by id and name together, never by id alone", () => {
    const records = [
      { key: "credit", sheetId: 4, name: "TierSheet Credit" },
      { key: "history", sheetId: 6, name: "TierSheet History" },
    ];
    const found = recogniseSheets(
      [sheet("My analysis", null, 4), sheet("TierSheet History", null, 6)],
      records,
      1
    );
    expect([...found.own]).toEqual([["history", 1]]);
    expect(found.unconfirmed.size).toBe(0);
    // openpyxl renumbered: the history sheet's id changed, so it cannot be confirmed.
    const renumbered = recogniseSheets([sheet("TierSheet History", null, 7)], records, 1);
    expect(renumbered.own.size).toBe(0);
    expect([...renumbered.unconfirmed]).toEqual([[0, "history"]]);
  });
});
