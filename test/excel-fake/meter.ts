/** What one sync sent and received, in bytes of JSON (UTF-8). */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  formattingCalls: number;
}

/** Counters a test or the benchmark reads after driving ExcelHost against the fake. */
export class FakeMeter {
  syncs = 0;
  formattingCalls = 0;
  suspendCalculationCalls = 0;
  maxRequestBytes = 0;
  maxResponseBytes = 0;
  readonly records: SyncRecord[] = [];

  /** The larger of the largest request sent and the largest response received. */
  get largestBytes(): number {
    return Math.max(this.maxRequestBytes, this.maxResponseBytes);
  }

  record(r: SyncRecord): void {
    this.syncs++;
    this.formattingCalls += r.formattingCalls;
    this.maxRequestBytes = Math.max(this.maxRequestBytes, r.requestBytes);
    this.maxResponseBytes = Math.max(this.maxResponseBytes, r.responseBytes);
    this.records.push(r);
  }

  reset(): void {
    this.syncs = 0;
    this.formattingCalls = 0;
    this.suspendCalculationCalls = 0;
    this.maxRequestBytes = 0;
    this.maxResponseBytes = 0;
    this.records.length = 0;
  }
}

export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : Buffer.byteLength(text, "utf8");
}
