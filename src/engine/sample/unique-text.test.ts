import { createRandom } from "./random";
import { uniqueText } from "./unique-text";

describe("uniqueText", () => {
  it("never repeats, even when the maker has few values", () => {
    const rng = createRandom(1);
    const seen = new Set<string>();
    const values = Array.from({ length: 50 }, () =>
      uniqueText(rng, seen, (r) => r.pick(["甲", "乙"]))
    );
    expect(new Set(values).size).toBe(50);
    expect(values).toContain("甲2");
  });
});
