import { FNV_OFFSET, mix, mixNumber, mixText } from "./fnv";

describe("fnv", () => {
  it("hashes texts by their code units and ends", () => {
    expect(mixText(FNV_OFFSET, "ab")).toBe(mixText(FNV_OFFSET, "ab"));
    expect(mixText(FNV_OFFSET, "ab")).not.toBe(mixText(FNV_OFFSET, "ba"));
    expect(mixText(mixText(FNV_OFFSET, "a"), "b")).not.toBe(mixText(FNV_OFFSET, "ab"));
  });

  it("hashes numbers that print alike alike: 0 and -0, every NaN", () => {
    expect(mixNumber(FNV_OFFSET, 0)).toBe(mixNumber(FNV_OFFSET, -0));
    expect(mixNumber(FNV_OFFSET, NaN)).toBe(mixNumber(FNV_OFFSET, 0 / 0));
    expect(mixNumber(FNV_OFFSET, 1)).not.toBe(mixNumber(FNV_OFFSET, 2));
    expect(mix(FNV_OFFSET, 1)).not.toBe(mix(FNV_OFFSET, 2));
  });
});
