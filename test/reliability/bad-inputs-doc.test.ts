import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { BAD_INPUTS } from "./bad-inputs.cases";
import { GENERATED_INPUTS as HUGE_INPUTS } from "./huge-inputs.cases";
import { HOSTILE_INPUTS } from "./hostile-inputs.cases";

/** Every input a test generates instead of storing: the huge ones and the hostile ones of issue 15. */
const GENERATED_INPUTS: Record<string, { outcome: "read" | "refused" }> = {
  ...HUGE_INPUTS,
  ...HOSTILE_INPUTS,
};

const ROOT = join(__dirname, "..", "..");
const doc = readFileSync(join(ROOT, "docs", "bad-inputs.md"), "utf8");

/** The rows of the doc's tables: file name and outcome (the last cell). */
function rows(): { file: string; outcome: string }[] {
  return doc
    .split("\n")
    .filter((line) => /^\| [^ ]+\.\w+ \|/.test(line))
    .map((line) => {
      const cells = line.split(/(?<!\\)\|/).map((c) => c.trim());
      return { file: cells[1], outcome: cells[cells.length - 2] };
    });
}

function total(label: string): number {
  const match = new RegExp(`^- ${label}: (\\d+)`, "m").exec(doc);
  if (!match) throw new Error(`docs/bad-inputs.md has no "${label}" total`);
  return Number(match[1]);
}

describe("docs/bad-inputs.md", () => {
  it("lists every stored fixture and every generated input exactly once, and nothing else", () => {
    const listed = rows()
      .map((r) => r.file)
      .sort();
    const expected = readdirSync(join(ROOT, "test", "fixtures", "bad"))
      .concat(Object.keys(GENERATED_INPUTS))
      .sort();
    expect(listed).toEqual(expected);
  });

  it("gives each file the outcome the tests check", () => {
    const outcomes = { ...BAD_INPUTS, ...GENERATED_INPUTS };
    for (const { file, outcome } of rows())
      expect([file, outcome]).toEqual([file, outcomes[file].outcome]);
  });

  it("ends with totals that add up", () => {
    const all = rows();
    const stored = readdirSync(join(ROOT, "test", "fixtures", "bad")).length;
    expect(total("files tried")).toBe(all.length);
    expect(doc).toContain(`(${stored} stored, ${Object.keys(GENERATED_INPUTS).length} generated)`);
    expect(total("read correctly")).toBe(all.filter((r) => r.outcome === "read").length);
    expect(total("refused with a clear message")).toBe(
      all.filter((r) => r.outcome === "refused").length
    );
    expect(total("crashes")).toBe(0);
    expect(total("read correctly") + total("refused with a clear message") + total("crashes")).toBe(
      total("files tried")
    );
  });
});
