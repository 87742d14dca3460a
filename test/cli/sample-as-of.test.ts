import { join } from "path";
import { runCli, tempDir } from "../support/run-cli";

const dir = tempDir();

/** Issue 16: a sample's dates run up to its as-of date, which the workbook keeps for later runs. */
describe("a sample workbook keeps its as-of date", () => {
  const file = join(dir, "s.xlsx");
  beforeAll(async () => {
    const made = await runCli([
      "sample",
      "--kind",
      "enterprise",
      "--rows",
      "60",
      "--seed",
      "3",
      "--as-of",
      "2025-06-30",
      "-o",
      file,
    ]);
    expect(made.code).toBe(0);
  });

  it("validates as of that date without --as-of: no purchase is in the future, and it says which date", async () => {
    const run = await runCli(["validate", file, "--json"]);
    const codes = JSON.parse(run.stdout).findings.map((f: { code: string }) => f.code);
    expect(codes).not.toContain("future-date");
    expect(run.stderr).toContain("As of 2025-06-30, the date this workbook was made for");
    // Told otherwise, it uses the date given and says nothing about the workbook's.
    const earlier = await runCli(["validate", file, "--json", "--as-of", "2025-01-01"]);
    expect(JSON.parse(earlier.stdout).findings.map((f: { code: string }) => f.code)).toContain(
      "future-date"
    );
    expect(earlier.stderr).not.toContain("the date this workbook was made for");
  });

  it("scores exactly as with --as-of given that date", async () => {
    const implicit = await runCli(["score", file, "--json"]);
    const explicit = await runCli(["score", file, "--json", "--as-of", "2025-06-30"]);
    expect(implicit.code).toBe(0);
    expect(implicit.stdout).toBe(explicit.stdout);
  });
});
