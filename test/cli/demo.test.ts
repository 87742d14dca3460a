import { runCli } from "../support/run-cli";

describe("tiersheet demo", () => {
  it("scores the bundled sample and prints the summary", async () => {
    const run = await runCli(["demo"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("customers.xlsx › 客户档案: 500 customers scored");
    expect(run.stdout).toMatch(/Validation: 0 errors/);
    expect(run.stdout).toMatch(/A: \d+ customers/);
    expect(run.stdout).toMatch(/Credit grades:/);
    expect(run.stdout).toContain("customers.scored.xlsx");
  });
});
