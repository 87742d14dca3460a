import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { main } from "../../src/cli/main";
import { DEFAULT_SETTINGS, parseSettings } from "../../src/engine/settings";
import { compileModelSql } from "../../src/engine/sql/compile-model-sql";
import { runCli, STACK_TRACE, tempDir } from "../support/run-cli";

const dir = tempDir();

describe("tiersheet sql", () => {
  it("prints the script for the default settings, as docs/model.sql holds it", async () => {
    const run = await runCli(["sql"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(compileModelSql(DEFAULT_SETTINGS));
    expect(run.stdout).toBe(readFileSync(join(__dirname, "../../docs/model.sql"), "utf8"));
  });

  it("compiles --settings for --dialect postgres, --source and --as-of into -o", async () => {
    const settings = join(dir, "settings.json");
    writeFileSync(settings, JSON.stringify({ credit: { method: "5P" } }));
    const out = join(dir, "model.sql");
    const args = [
      "sql",
      "--settings",
      settings,
      "--dialect",
      "postgres",
      "--source",
      "crm.customers",
    ];
    const run = await runCli([...args, "--as-of", "2026-11-01", "-o", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("model.sql");
    const expected = compileModelSql(parseSettings({ credit: { method: "5P" } }).settings!, {
      dialect: "postgres",
      source: "crm.customers",
      asOf: 20758,
    });
    expect(readFileSync(out, "utf8")).toBe(expected);
    expect((await runCli([...args, "-o", out])).code).toBe(2);
    expect((await runCli([...args, "-o", out, "--force"])).code).toBe(0);
  });

  it("refuses a dialect, a table name, a file argument and an invalid scorecard, in both languages", async () => {
    const bad5P = join(dir, "bad5p.json");
    writeFileSync(
      bad5P,
      JSON.stringify({ credit: { method: "5P", preset5P: { dimensions: [] } } })
    );
    const cases: [string[], RegExp, RegExp][] = [
      [["sql", "--dialect", "oracle"], /--dialect "oracle"/, /不是 TierSheet 支持的 SQL 方言/],
      [["sql", "--source", "a."], /is not a table name/, /不是表名/],
      [["sql", "settings.json"], /reads no file/, /不读取文件/],
      [
        // Settings checks now refuse an empty 5P scorecard before the compiler sees it.
        ["sql", "--settings", bad5P],
        /cannot be used[^\n]*\n {2}credit\.preset5P\.dimensions: .*weights must add up/,
        /无法使用/,
      ],
      [["sql", "--as-of", "2026-13-01"], /is not a date/, /不是日期/],
    ];
    for (const [args, english, chinese] of cases) {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(english);
      expect(run.stderr).not.toMatch(STACK_TRACE);
      let stderr = "";
      const code = await main([...args, "--lang", "zh-CN"], {
        out: () => undefined,
        err: (text) => (stderr += text),
        env: {},
        cwd: process.cwd(),
      });
      expect(code).toBe(2);
      expect(stderr).toMatch(chinese);
    }
  });

  it("is listed in the usage text", async () => {
    expect((await runCli(["--help"])).stdout).toContain("tiersheet sql [--settings FILE.json]");
  });

  it("writes -o only to a regular file or a new path, like score -o (a folder is refused in words)", async () => {
    const run = await runCli(["sql", "-o", dir, "--force"]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr).not.toMatch(/internal error|EISDIR/);
  });
});
