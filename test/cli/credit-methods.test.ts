import { writeFileSync } from "fs";
import { join } from "path";
import { ahpWeights } from "../../src/engine/models/credit/ahp";
import { runCli, STACK_TRACE, tempDir } from "../support/run-cli";

const EXAMPLE = join(__dirname, "..", "..", "examples", "customers.xlsx");
const dir = tempDir();
const DIMENSIONS = ["character", "capacity", "capital", "collateral", "conditions"];
// Saaty values, each dimension a little more important than the next: CR about 0.02.
const AHP = [
  [1, 2, 3, 4, 5],
  [1 / 2, 1, 2, 3, 4],
  [1 / 3, 1 / 2, 1, 2, 3],
  [1 / 4, 1 / 3, 1 / 2, 1, 2],
  [1 / 5, 1 / 4, 1 / 3, 1 / 2, 1],
];

interface ScoreJson {
  customers: {
    customer_id: string;
    credit: {
      score: number | null;
      grade: string;
      fuzzy?: { grade: string; memberships: Record<string, number> } | null;
    };
  }[];
}

let counter = 0;
async function scoreWith(
  settings: unknown,
  lang = "en-US"
): Promise<{ code: number; stderr: string; json: ScoreJson | null }> {
  const file = join(dir, `settings-${counter++}.json`);
  writeFileSync(file, JSON.stringify(settings));
  const run = await runCli([
    "score",
    EXAMPLE,
    "--settings",
    file,
    "--json",
    "--as-of",
    "2026-11-01",
    "--lang",
    lang,
  ]);
  return {
    code: run.code,
    stderr: run.stderr,
    json: run.code === 0 ? JSON.parse(run.stdout) : null,
  };
}

const scores = (json: ScoreJson | null) => json!.customers.map((c) => c.credit.score);
const explicit = (weights: number[]) =>
  Object.fromEntries(DIMENSIONS.map((id, i) => [id, weights[i]]));

describe("credit.weights through score --json", () => {
  let byDefault: ScoreJson | null;
  beforeAll(async () => {
    byDefault = (await scoreWith({})).json;
  });

  it("scores with AHP weights as with the same weights given explicitly, and not as by default", async () => {
    const ahp = await scoreWith({ credit: { weights: { ahp: AHP } } });
    expect(ahp.stderr).toBe("");
    const given = await scoreWith({ credit: { weights: explicit(ahpWeights(AHP).weights) } });
    expect(scores(ahp.json)).toEqual(scores(given.json));
    expect(scores(ahp.json)).not.toEqual(scores(byDefault));
  });

  it("scores with expert ranks as with their rank-sum weights", async () => {
    // Two experts: ranks averaged to 1.5, 1.5, 3, 4, 5 -> rank sums 4.5, 4.5, 3, 2, 1 over 15.
    const ranks = await scoreWith({
      credit: {
        weights: {
          expertRanks: [
            [1, 2, 3, 4, 5],
            [2, 1, 3, 4, 5],
          ],
        },
      },
    });
    expect(ranks.stderr).toBe("");
    const given = await scoreWith({ credit: { weights: explicit([4.5, 4.5, 3, 2, 1]) } });
    expect(scores(ranks.json)).toEqual(scores(given.json));
    expect(scores(ranks.json)).not.toEqual(scores(byDefault));
  });

  it("refuses AHP judgements at CR >= 0.10, naming the CR, in both languages", async () => {
    const inconsistent = AHP.map((row) => row.slice());
    inconsistent[0][4] = 1 / 9;
    inconsistent[4][0] = 9;
    const run = await scoreWith({ credit: { weights: { ahp: inconsistent } } });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr).toMatch(
      /credit\.weights\.ahp: The comparisons are too inconsistent: CR = \d\.\d{3}, which must be below 0\.10/
    );
    const zh = await scoreWith({ credit: { weights: { ahp: inconsistent } } }, "zh-CN");
    expect(zh.stderr).toMatch(
      /credit\.weights\.ahp: 判断矩阵一致性不足：CR = \d\.\d{3}，须小于 0\.10/
    );
  });
});

describe('credit.method "fuzzy" through score --json', () => {
  it("gives each customer the membership vector and the grade of highest membership", async () => {
    const run = await scoreWith({ credit: { method: "fuzzy" } });
    expect(run.stderr).toBe("");
    const customers = run.json!.customers;
    expect(customers.length).toBeGreaterThan(0);
    for (const c of customers) {
      const fuzzy = c.credit.fuzzy!;
      expect(Object.keys(fuzzy.memberships)).toEqual(["优", "良", "中", "差"]);
      const values = Object.values(fuzzy.memberships);
      expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
      expect(fuzzy.memberships[fuzzy.grade]).toBe(Math.max(...values));
    }
    expect(new Set(customers.map((c) => c.credit.fuzzy!.grade)).size).toBeGreaterThan(1);
  });

  it("is absent from the other methods' JSON", async () => {
    const run = await scoreWith({});
    expect(run.json!.customers.every((c) => !("fuzzy" in c.credit))).toBe(true);
  });
});
