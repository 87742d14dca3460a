import type { HostRunOptions } from "../host";
import { throwIfAborted } from "./aborted";
import { REQUEST_BUDGET_BYTES } from "./limits";
import type { XlContext } from "./office-subset";

/**
 * Queues writes and sends them when the next block would push the request over the budget:
 * small tables share one sync, big ones go out a block at a time, with calculation suspended,
 * progress reported and the AbortSignal checked between blocks.
 */
export class BlockWriter {
  private pendingBytes = 0;
  private rowsDone = 0;

  constructor(
    private readonly ctx: XlContext,
    private readonly options: HostRunOptions,
    private readonly totalRows: number,
    private readonly budget = REQUEST_BUDGET_BYTES
  ) {}

  /** Makes room for `bytes` about to be queued, sending what is queued first when they would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.pendingBytes > 0 && this.pendingBytes + bytes > this.budget) await this.flush();
    this.pendingBytes += bytes;
  }

  /** Counts rows queued, for progress. */
  wrote(rows: number): void {
    this.rowsDone += rows;
  }

  async flush(): Promise<void> {
    throwIfAborted(this.options.signal);
    this.ctx.application.suspendApiCalculationUntilNextSync();
    await this.ctx.sync();
    this.pendingBytes = 0;
    this.options.onProgress?.(this.rowsDone, this.totalRows);
    throwIfAborted(this.options.signal);
  }
}
