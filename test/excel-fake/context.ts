import type {
  XlApplication,
  XlContext,
  XlRun,
  XlSetting,
  XlSettingCollection,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
} from "../../src/hosts/excel/office-subset";
import { FakeClientObject, type Op, type OpQueue } from "./client-object";
import { FakeOfficeError } from "./errors";
import { FakeMeter, jsonBytes } from "./meter";
import { FakeWorkbook } from "./model";
import { FakeWorksheet } from "./worksheet";
import { FakeRange } from "./range";
import { parseArea } from "./address";

/** Excel on the web refuses requests and responses over 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface FakeExcelOptions {
  /** False for benchmarks of huge writes: values and number formats are checked and metered, not kept. */
  storeCells?: boolean;
  payloadLimitBytes?: number;
}

/**
 * A stand-in for `Excel.run` over an in-memory workbook: batching, load/sync, request sizes,
 * counters and injected failures. Pass `fake.run` where the pane passes `Excel.run`.
 */
export class FakeExcel {
  readonly meter = new FakeMeter();
  readonly run: XlRun;
  private syncNumber = 0;
  private readonly failing = new Set<number>();

  constructor(
    readonly model: FakeWorkbook = FakeWorkbook.with("Sheet1"),
    readonly options: FakeExcelOptions = {}
  ) {
    this.run = async <T>(batch: (context: XlContext) => Promise<T>): Promise<T> => {
      const context = new FakeRequestContext(this);
      const result = await batch(context);
      // Excel.run sends whatever the batch left queued.
      if (context.pending > 0) await context.sync();
      return result;
    };
  }

  /** Makes the n-th sync from now (1 = the next one) fail before Excel applies anything. */
  failOnSync(n: number): this {
    this.failing.add(this.syncNumber + n);
    return this;
  }

  /** Called by a context at each sync: its number, and whether a failure was injected for it. */
  nextSync(): { number: number; fail: boolean } {
    const number = ++this.syncNumber;
    return { number, fail: this.failing.delete(number) };
  }
}

class FakeApplication implements XlApplication {
  constructor(private readonly queue: OpQueue) {}
  suspendApiCalculationUntilNextSync(): void {
    this.queue.enqueue({
      requestBytes: 0,
      run: () => void this.queue.meter.suspendCalculationCalls++,
    });
  }
}

class FakeWorksheetCollection
  extends FakeClientObject<FakeWorkbook>
  implements XlWorksheetCollection
{
  constructor(queue: OpQueue) {
    super(queue, () => queue.model, false, "worksheets", false);
  }
  get items(): FakeWorksheet[] {
    return this.get("items");
  }
  getItem(key: string): XlWorksheet {
    return new FakeWorksheet(this.queue, () => this.queue.model.find(key) ?? null, false, true);
  }
  getItemOrNullObject(key: string): XlWorksheet {
    return new FakeWorksheet(this.queue, () => this.queue.model.find(key) ?? null, true, true);
  }
  add(name?: string): XlWorksheet {
    let made: ReturnType<FakeWorkbook["addSheet"]> | null = null;
    this.change(name ?? null, (wb) => (made = wb.addSheet(name)));
    return new FakeWorksheet(this.queue, () => made, false, false);
  }
  protected scalarNames(): readonly string[] {
    return ["count"];
  }
  protected readScalar(_name: string, wb: FakeWorkbook): unknown {
    return wb.sheets.length;
  }
  protected override makeItems(): FakeClientObject<unknown>[] {
    return this.queue.model.sheets.map((s) => new FakeWorksheet(this.queue, () => s, false, false));
  }
}

class FakeSetting extends FakeClientObject<string> implements XlSetting {
  constructor(queue: OpQueue, resolver: () => string | null, nullable: boolean, eager: boolean) {
    super(queue, resolver, nullable, "setting", eager);
  }
  get value(): unknown {
    return this.get("value");
  }
  delete(): void {
    this.change(null, (key) => this.queue.model.settings.delete(key));
  }
  protected scalarNames(): readonly string[] {
    return ["key", "value"];
  }
  protected readScalar(name: string, key: string): unknown {
    return name === "key" ? key : this.queue.model.settings.get(key);
  }
}

class FakeSettingCollection
  extends FakeClientObject<Map<string, unknown>>
  implements XlSettingCollection
{
  constructor(queue: OpQueue) {
    super(queue, () => queue.model.settings, false, "settings", false);
  }
  add(key: string, value: string): XlSetting {
    this.change({ key, value }, (settings) => settings.set(key, value));
    return new FakeSetting(this.queue, () => key, false, false);
  }
  getItemOrNullObject(key: string): XlSetting {
    return new FakeSetting(
      this.queue,
      () => (this.queue.model.settings.has(key) ? key : null),
      true,
      true
    );
  }
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(): unknown {
    return undefined;
  }
}

/** One Excel.run's request context: proxies queue here and `sync` runs the queue against the model. */
export class FakeRequestContext implements XlContext, OpQueue {
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
  private ops: Op[] = [];

  constructor(private readonly excel: FakeExcel) {
    this.workbook = {
      worksheets: new FakeWorksheetCollection(this),
      settings: new FakeSettingCollection(this),
      // The selection's top-left cell, as Excel's getActiveCell gives; A1 of the active sheet without one.
      getActiveCell: () =>
        new FakeRange(this, () => {
          const model = this.model;
          const selected = model.selection;
          const sheet = selected
            ? model.sheets.find((s) => s.name === selected.sheet)
            : model.sheets.find((s) => s.id === model.activeSheetId);
          if (!sheet) return null;
          const rect = parseArea((selected?.address ?? "A1").split(":")[0]);
          return { sheet, rect };
        }),
    };
    this.application = new FakeApplication(this);
  }

  get model(): FakeWorkbook {
    return this.excel.model;
  }
  get meter(): FakeMeter {
    return this.excel.meter;
  }
  get storeCells(): boolean {
    return this.excel.options.storeCells !== false;
  }
  get pending(): number {
    return this.ops.length;
  }

  enqueue(op: Op): void {
    this.ops.push(op);
  }

  async sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    await Promise.resolve();
    const { fail } = this.excel.nextSync();
    const requestBytes = ops.reduce((sum, op) => sum + op.requestBytes, 0);
    const formattingCalls = ops.filter((op) => op.formatting).length;
    const limit = this.excel.options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
    if (fail) {
      this.meter.record({ requestBytes, responseBytes: 0, formattingCalls: 0 });
      throw new FakeOfficeError(
        "GeneralException",
        "An internal error has occurred (injected by the test)."
      );
    }
    if (requestBytes > limit) {
      this.meter.record({ requestBytes, responseBytes: 0, formattingCalls: 0 });
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${requestBytes} bytes).`
      );
    }
    let responseBytes = 0;
    try {
      // Excel applies a batch in order and stops at the first failing operation; earlier ones stay.
      for (const op of ops) responseBytes += op.run() ?? 0;
    } finally {
      this.meter.record({ requestBytes, responseBytes, formattingCalls });
    }
    if (responseBytes > limit) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${responseBytes} bytes).`
      );
    }
  }
}

export { jsonBytes };
