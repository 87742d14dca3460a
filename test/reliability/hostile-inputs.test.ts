import { readdirSync } from "fs";
import { runCli, STACK_TRACE, tempDir } from "../support/run-cli";
import { HOSTILE_INPUTS } from "./hostile-inputs.cases";

/**
 * Each hostile input of issue 15, generated into a folder of its own and run through the CLI in
 * this process: the exit code and words the case gives, never a stack trace, an internal error or
 * a raw JavaScript error's name, and for a refusal the same in Chinese.
 */
describe.each(Object.entries(HOSTILE_INPUTS))("%s", (name, hostile) => {
  it(`is ${hostile.outcome} as the case says, in words`, async () => {
    const dir = tempDir();
    hostile.make(dir);
    for (const expected of hostile.runs) {
      const run = await runCli(expected.args, dir);
      const shown = run.code === 2 ? run.stderr : run.stdout;
      expect([expected.args.join(" "), run.code]).toEqual([expected.args.join(" "), expected.code]);
      expect(shown).toMatch(expected.says);
      for (const text of [run.stdout, run.stderr]) {
        expect(text).not.toMatch(STACK_TRACE);
        expect(text).not.toMatch(/internal error|Please report|TypeError|RangeError|SyntaxError/);
        if (expected.never) expect(text).not.toMatch(expected.never);
      }
      if (expected.files) expect(readdirSync(dir).sort()).toEqual(expected.files);
      if (run.code === 2 && !expected.args.includes("zh-CN")) {
        const zh = await runCli([...expected.args, "--lang", "zh-CN"], dir);
        expect(zh.code).toBe(2);
        expect(zh.stderr).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
});
