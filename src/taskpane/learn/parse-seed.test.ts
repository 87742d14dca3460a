import { MAX_SEED, parseSeed } from "./parse-seed";

describe("parseSeed", () => {
  it("takes whole numbers from 0 to the largest 32-bit seed, spaces around allowed", () => {
    expect(parseSeed("0")).toBe(0);
    expect(parseSeed(" 2026 ")).toBe(2026);
    expect(parseSeed(String(MAX_SEED))).toBe(4294967295);
  });

  it("refuses empty, signed, fractional, too large and non-numeric seeds", () => {
    for (const text of ["", " ", "-1", "+3", "1.5", "1e3", "abc", "4294967296", "12345678901"])
      expect(parseSeed(text)).toBeNull();
  });
});
