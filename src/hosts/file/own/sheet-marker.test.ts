import { keyFromPrompt, markerPrompt } from "./sheet-marker";

describe("sheet markers", () => {
  it("name a plan key, and no other prompt names one", () => {
    expect(keyFromPrompt(markerPrompt("tiers"))).toBe("tiers");
    expect(keyFromPrompt("tiersheet-sheet:history")).toBe("history");
    expect(keyFromPrompt("tiersheet-sheet:Bad Key")).toBeNull();
    expect(keyFromPrompt("Pick one")).toBeNull();
    expect(keyFromPrompt(3)).toBeNull();
  });
});
