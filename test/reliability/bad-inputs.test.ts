import { readdirSync } from "fs";
import { join } from "path";
import { runCli, STACK_TRACE } from "../support/run-cli";
import { BAD_INPUTS } from "./bad-inputs.cases";

const DIR = join(__dirname, "..", "fixtures", "bad");
const AS_OF = ["--as-of", "2026-11-01"];

interface FindingJson {
  row: number | null;
  field: string | null;
  code: string;
}

function clean(run: { stdout: string; stderr: string }): void {
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(run.stdout).not.toMatch(STACK_TRACE);
  expect(run.stderr).not.toMatch(/internal error/i);
}

it("every fixture has an expectation and every expectation a fixture", () => {
  expect(readdirSync(DIR).sort()).toEqual(Object.keys(BAD_INPUTS).sort());
  expect(Object.keys(BAD_INPUTS).length).toBeGreaterThanOrEqual(40);
});

describe.each(Object.entries(BAD_INPUTS))("%s", (name, expected) => {
  const file = join(DIR, name);

  if (expected.outcome === "refused") {
    it("is refused by validate and score with a clear message in both languages, exit 2", async () => {
      for (const command of ["validate", "score"]) {
        const en = await runCli([command, file, "--json", ...AS_OF]);
        clean(en);
        expect(en.code).toBe(2);
        expect(en.stdout).toBe("");
        expect(en.stderr).toMatch(expected.message);
        expect(en.stderr).toContain(name);
        const zh = await runCli([command, file, "--lang", "zh-CN", ...AS_OF]);
        clean(zh);
        expect(zh.code).toBe(2);
        expect(zh.stderr).toMatch(/[\u4e00-\u9fff]/);
      }
    });
    return;
  }

  it("is read by validate with the expected findings", async () => {
    const run = await runCli(["validate", file, "--json", ...AS_OF]);
    clean(run);
    expect(run.code).toBe(expected.valid ? 0 : 1);
    const report = JSON.parse(run.stdout) as { findings: FindingJson[] };
    expect([...new Set(report.findings.map((f) => f.code))].sort()).toEqual(expected.codes);
    const text = await runCli(["validate", file, ...AS_OF]);
    clean(text);
    expect(text.code).toBe(run.code);
  });

  it("is scored, every row accounted for (scored, or reported with a reason)", async () => {
    const run = await runCli(["score", file, "--json", ...AS_OF]);
    clean(run);
    if (expected.ids === null) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/Nothing to score/);
      return;
    }
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { customers: { row: number; customer_id: string }[] };
    expect(out.customers.map((c) => c.customer_id)).toEqual(expected.ids);
    const validation = JSON.parse(
      (await runCli(["validate", file, "--json", ...AS_OF])).stdout
    ) as {
      template: string;
      headerRow: number;
      rows: number;
      findings: FindingJson[];
    };
    if (validation.template === "transactions") return; // customers are aggregated, not rows
    const scored = new Set(out.customers.map((c) => c.row));
    const explained = new Set(
      validation.findings
        .filter(
          (f) =>
            f.field === "customer_id" &&
            f.row !== null &&
            f.row > validation.headerRow &&
            !scored.has(f.row)
        )
        .map((f) => f.row)
    );
    expect(scored.size + explained.size).toBe(validation.rows);
  });
});
