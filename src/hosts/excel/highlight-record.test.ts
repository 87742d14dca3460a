import {
  cellsByFill,
  fillFromKey,
  fillKey,
  parseHighlightRecord,
  serializeHighlightRecord,
  type HighlightRecord,
} from "./highlight-record";

describe("highlight record", () => {
  it("round-trips previous fills per sheet id, compactly", () => {
    const record: HighlightRecord = new Map([
      [
        "{S1}",
        new Map([
          ["A1", "none"],
          ["B2", "#FF0000"],
          ["C3", "none"],
        ]),
      ],
    ]);
    const json = serializeHighlightRecord(record);
    expect(json).toBe('{"version":1,"sheets":{"{S1}":{"none":"A1,C3","#FF0000":"B2"}}}');
    expect(parseHighlightRecord(json)).toEqual(record);
  });

  it("treats a missing or broken record as empty", () => {
    expect(parseHighlightRecord(undefined).size).toBe(0);
    expect(parseHighlightRecord("{").size).toBe(0);
    expect(parseHighlightRecord('{"version":9,"sheets":{}}').size).toBe(0);
  });

  it("names fills by colour and pattern, and no fill as none", () => {
    expect(fillKey("#FFFFFF", "None")).toBe("none");
    expect(fillKey("#FF0000", "Solid")).toBe("#FF0000");
    expect(fillKey("#FF0000", "Gray50")).toBe("#FF0000/Gray50");
    expect(fillFromKey("none")).toBeNull();
    expect(fillFromKey("#FF0000/Gray50")).toEqual({ color: "#FF0000", pattern: "Gray50" });
    expect(fillFromKey("#FF0000")).toEqual({ color: "#FF0000", pattern: null });
  });

  it("groups cells by the fill to put back", () => {
    expect(
      cellsByFill(
        new Map([
          ["A1", "none"],
          ["B1", "#FF0000"],
          ["C1", "none"],
        ])
      )
    ).toEqual(
      new Map([
        ["none", ["A1", "C1"]],
        ["#FF0000", ["B1"]],
      ])
    );
  });
});
