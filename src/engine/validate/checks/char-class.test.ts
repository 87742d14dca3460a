import {
  codePointStart,
  endBeforeGaps,
  isGapCode,
  isLetterOrNumberCode,
  withoutGaps,
} from "./char-class";

describe("char-class", () => {
  it("classes characters as the regular expressions do, every BMP one and some others", () => {
    const gap = /^[\s\p{P}\p{S}]$/u;
    const word = /^[\p{L}\p{N}]$/u;
    const wrong: number[] = [];
    for (const cp of [...Array(0x10000).keys(), 0x1f642, 0x20000, 0x1d7d8, 0x10ffff]) {
      const ch = String.fromCodePoint(cp);
      if (isGapCode(cp) !== gap.test(ch) || isLetterOrNumberCode(cp) !== word.test(ch))
        wrong.push(cp);
    }
    expect(wrong).toEqual([]);
  });

  it("steps back over a surrogate pair as one character, a lone surrogate as one", () => {
    expect(codePointStart("a𠀀", 3)).toBe(1);
    expect(codePointStart("a\udc00", 2)).toBe(1);
    expect(codePointStart("a", 1)).toBe(0);
  });

  it("finds the end before trailing gaps and drops every gap", () => {
    expect(endBeforeGaps("ab. 🙂", 6)).toBe(2);
    expect(endBeforeGaps("...", 3)).toBe(0);
    expect(withoutGaps("a b.c🙂d𠀀")).toBe("abcd𠀀");
    expect(withoutGaps("abc")).toBe("abc");
  });
});
