/** What the CLI touches of the process, so tests can run it in memory. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /**
   * Resolves once what out() wrote has been taken by the reader. A pipe takes output more slowly
   * than a million customers' JSON is made; without waiting, all of it would queue in memory.
   */
  drained?(): Promise<void>;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/**
 * Resolves when `stream` has room again: at once if nothing is queued, else on "drain", or on
 * "close" or "error" (a reader that went away never drains; the write itself reports the error).
 */
export function drainedOf(stream: NodeJS.WritableStream & { writableNeedDrain?: boolean }) {
  if (!stream.writableNeedDrain) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = () => {
      stream.removeListener("drain", done);
      stream.removeListener("close", done);
      stream.removeListener("error", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
    stream.on("error", done);
  });
}

/**
 * A reader that stops early (`tiersheet score big.csv --json | head`) closes the pipe: the rest of the
 * output has nobody to read it, so the CLI ends quietly, as Unix tools do, instead of with a stack trace.
 */
export function endQuietlyOnClosedPipe(
  stream: NodeJS.EventEmitter,
  exit: (code: number) => void
): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") exit(0);
    else throw error;
  });
}

export function processIo(): CliIo {
  endQuietlyOnClosedPipe(process.stdout, (code) => process.exit(code));
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    drained: () => drainedOf(process.stdout),
    env: process.env,
    cwd: process.cwd(),
  };
}
