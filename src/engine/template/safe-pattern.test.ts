import { MAX_PATTERN_LENGTH, patternProblem } from "./safe-pattern";

const SAFE = [
  "C\\d{3}",
  "[A-Z]{2}-\\d{4,6}",
  "(\\+86)?1[3-9]\\d{9}",
  "[^@\\s]+@[^@\\s]+\\.[a-z]{2,}",
  "(?:ab){2,3}",
  "(?<code>[A-Z]+)-\\d+",
  "\\p{Script=Han}+",
  "\\u{1F600}+",
  "(?:\\d{3}-)+\\d{4}",
  "有限公司|股份有限公司",
  "(a)?(b)?",
  "[(+*]+",
];

const UNSAFE: [string, RegExp][] = [
  ["(a+)+$", /'\+' at 5 repeats a group with nested quantifiers/],
  ["(a*)*", /nested quantifiers/],
  ["((a+))+", /nested quantifiers/],
  ["(?:\\d{1,3})+", /nested quantifiers/],
  ["(a?){2,}", /nested quantifiers/],
  ["(a|aa)+", /repeated alternation/],
  ["(a|a)*b", /repeated alternation/],
  ["(a)\\1", /backreference '\\1' at 4/],
  ["(?<x>a)\\k<x>", /backreference '\\k'/],
  ["a(?=b)", /lookaround '\(\?=' at 2/],
  ["a(?!b)", /lookaround '\(\?!'/],
  ["(?<=a)b", /lookaround '\(\?<='/],
  ["(?<!a)b", /lookaround '\(\?<!'/],
];

describe("patternProblem", () => {
  it.each(SAFE)("accepts %s", (pattern) => {
    expect(() => new RegExp(pattern, "u")).not.toThrow();
    expect(patternProblem(pattern)).toBeNull();
  });

  it.each(UNSAFE)("refuses %s, saying why in both languages", (pattern, reason) => {
    expect(() => new RegExp(pattern, "u")).not.toThrow();
    const problem = patternProblem(pattern);
    expect(problem?.["en-US"]).toMatch(reason);
    expect(problem?.["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
  });

  it("refuses a pattern past the length cap", () => {
    expect(patternProblem("a".repeat(MAX_PATTERN_LENGTH + 1))?.["en-US"]).toBe(
      `the pattern is ${MAX_PATTERN_LENGTH + 1} characters long; at most ${MAX_PATTERN_LENGTH} are allowed`
    );
  });

  it("reads deep nesting without recursion", () => {
    const deep = "(".repeat(240) + "a" + ")".repeat(240);
    expect(patternProblem(deep)).toBeNull();
    expect(patternProblem("(".repeat(240) + "a+" + ")".repeat(240) + "+")).not.toBeNull();
  });
});
