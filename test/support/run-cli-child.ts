import { spawn } from "child_process";
import { join } from "path";
import type { CliRun } from "./run-cli";

const CHILD = join(__dirname, "cli-child.js");

export interface ChildRun extends CliRun {
  /** The signal that ended the process, e.g. "SIGKILL"; null when it exited. */
  signal: NodeJS.Signals | null;
}

/** Runs the CLI from src/ in a child process, with `env` added to a clean English environment. */
export function runCliChild(
  args: string[],
  env: Record<string, string> = {},
  cwd = process.cwd()
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, ...args], {
      cwd,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        LANG: "en_US.UTF-8",
        ...env,
      },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code: code ?? -1, signal, stdout, stderr }));
  });
}
