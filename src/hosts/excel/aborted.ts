/** Thrown when the caller's AbortSignal fires between blocks; whatever the run began has been undone. */
export class AbortedError extends Error {
  readonly code = "aborted";
  constructor() {
    super("Cancelled; the workbook is as it was. / 已取消，工作簿保持原样。");
    this.name = "AbortedError";
  }
}

/** Throws AbortedError when the signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortedError();
}
