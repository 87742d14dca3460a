import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";

const SRC = join(__dirname, "../../src");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/**
 * DuckDB's native binding must never reach the task pane's bundle: only CLI code names it, and only
 * through import() (loaded when a command runs) or as a type.
 */
describe("@duckdb/node-api", () => {
  const naming = sources(SRC).filter((f) => readFileSync(f, "utf8").includes("@duckdb/node-api"));

  it("is named only under src/cli", () => {
    expect(naming.length).toBeGreaterThan(0);
    expect(naming.map((f) => relative(SRC, f)).filter((f) => !f.startsWith("cli/"))).toEqual([]);
  });

  it("is never imported statically", () => {
    for (const file of naming) {
      const text = readFileSync(file, "utf8");
      expect([relative(SRC, file), /from\s+["']@duckdb\/node-api["']/.test(text)]).toEqual([
        relative(SRC, file),
        false,
      ]);
    }
  });

  it("is not reachable from the pane: no pane, ribbon, host or engine file imports the CLI", () => {
    const outside = ["taskpane", "commands", "hosts", "engine"].flatMap((d) =>
      sources(join(SRC, d))
    );
    const importingCli = outside.filter((f) =>
      /from\s+["'](\.\.\/)+cli\//.test(readFileSync(f, "utf8"))
    );
    expect(importingCli.map((f) => relative(SRC, f))).toEqual([]);
  });
});
