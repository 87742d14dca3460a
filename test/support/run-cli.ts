import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process with captured output, as `tiersheet ARGS` would from `cwd`. */
export async function runCli(args: string[], cwd = process.cwd()): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    out: (text) => (stdout += text),
    err: (text) => (stderr += text),
    env: { LANG: "en_US.UTF-8" },
    cwd,
  });
  return { code, stdout, stderr };
}

/** A fresh temporary folder for a test's files. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "tiersheet-"));
}

/** Output a user must never see: a JavaScript stack trace. */
export const STACK_TRACE = /\n\s+at .+:\d+:\d+/;
