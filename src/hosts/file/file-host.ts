import type { PlanHighlight, WorkbookPlan } from "../../engine/plan/workbook-plan";
import type { SheetData, WorkbookData } from "../../engine/table/sheet";
import type { CellWrite, HostRunOptions, WorkbookHost, SheetListing } from "../host";
import type { CellValue } from "../../engine/table/cell";
import { addUserSheet } from "./add/add-user-sheet";
import { writeCellsByParts } from "./add/write-cells-by-parts";
import { buildXlsx } from "./build-xlsx";
import { FileReadError } from "./file-error";
import { readCsv } from "./read-csv";
import { readXlsx } from "./read-xlsx";
import { sniffBytes } from "./sniff-bytes";

/** applyPlanToXlsx's shape (src/hosts/file/plan/apply-plan.ts), passed in so tests can stand in for it. */
export type ApplyPlanToXlsx = (
  input: Uint8Array,
  plan: WorkbookPlan,
  options: { force?: boolean }
) => Promise<Uint8Array>;

export interface FileHostOptions {
  applyPlanToXlsx: ApplyPlanToXlsx;
}

function abortError(): Error {
  const error = new Error("The operation was cancelled");
  error.name = "AbortError";
  return error;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/** "customers.csv" -> "customers-tiersheet.xlsx": the result never replaces the input. */
export function resultFileName(name: string): string {
  const base = name.replace(/\.(xlsx|xlsm|csv|tsv|txt)$/i, "");
  return `${base || "workbook"}-tiersheet.xlsx`;
}

/**
 * A workbook held in memory (the page's browser mode, and tests): the input's bytes are kept as
 * given, every change goes to a copy, and the copy is what the user downloads. A .csv becomes an
 * .xlsx on the first write. Highlights are recorded, not written, so the preview can mark them;
 * settings live in memory only.
 */
export class FileHost implements WorkbookHost {
  readonly name: string;
  readonly input: Uint8Array;
  private current: Uint8Array;
  private isXlsx: boolean;
  private data: WorkbookData;
  private highlights: PlanHighlight[] = [];
  private settingsJson: string | null = null;
  private selected: { sheet: string; address: string } | null = null;
  private forceNext = false;
  private readonly applyPlanToXlsx: ApplyPlanToXlsx;
  /** Called when selectCell shows a cell (the preview scrolls to it). */
  onSelect: ((sheet: string, address: string) => void) | null = null;

  private constructor(
    name: string,
    bytes: Uint8Array,
    data: WorkbookData,
    xlsx: boolean,
    options: FileHostOptions
  ) {
    this.name = name;
    this.input = bytes;
    this.current = bytes;
    this.data = data;
    this.isXlsx = xlsx;
    this.applyPlanToXlsx = options.applyPlanToXlsx;
  }

  /** Opens an .xlsx/.xlsm or a delimited text file by its content. Throws FileReadError. */
  static async open(bytes: Uint8Array, name: string, options: FileHostOptions): Promise<FileHost> {
    const kind = sniffBytes(bytes);
    if (kind === "empty") throw new FileReadError("empty-file", name);
    if (kind === "zip" || kind === "ole2") {
      return new FileHost(name, bytes, await readXlsx(bytes, name), true, options);
    }
    // A workbook's name on bytes that are no workbook package: said as the CLI says it, never as
    // an unsupported type.
    if (/\.(xlsx|xlsm)$/i.test(name)) throw new FileReadError("not-a-workbook", name);
    if (!/\.(csv|tsv|txt)$/i.test(name)) {
      const extension = /\.[^.]*$/.exec(name)?.[0] ?? "";
      throw new FileReadError("unsupported-type", name, { extension });
    }
    return new FileHost(name, bytes, readCsv(bytes, name), false, options);
  }

  /** The workbook as read, with every change made so far. */
  workbook(): WorkbookData {
    return this.data;
  }

  /** The result as .xlsx bytes: the input's when nothing was written, a converted copy for a .csv. */
  async resultBytes(): Promise<Uint8Array> {
    return this.xlsxBytes();
  }

  /** The name to download the result under. */
  resultName(): string {
    return resultFileName(this.name);
  }

  /** The highlights asked for and not cleared, for the preview. */
  currentHighlights(): PlanHighlight[] {
    return this.highlights;
  }

  /** The next applyPlan writes even though parts of the workbook (charts, pivots) will be lost. */
  allowLossyWrite(): void {
    this.forceNext = true;
  }

  async listSheets(): Promise<SheetListing[]> {
    return this.data.sheets.map((s) => ({
      name: s.name,
      hidden: s.hidden === true,
      ...(s.outputKey === undefined ? {} : { outputKey: s.outputKey }),
    }));
  }

  async readSheet(name: string, options: HostRunOptions = {}): Promise<SheetData> {
    throwIfAborted(options.signal);
    const sheet = this.data.sheets.find((s) => s.name === name);
    if (sheet === undefined) throw new FileReadError("not-found", this.name, { sheet: name });
    options.onProgress?.(sheet.rows.length, sheet.rows.length);
    return sheet;
  }

  async applyPlan(plan: WorkbookPlan, options: HostRunOptions = {}): Promise<void> {
    throwIfAborted(options.signal);
    const base = await this.xlsxBytes();
    const force = this.forceNext;
    const out = await this.applyPlanToXlsx(base, plan, { force });
    // Cancelled while writing: the result is dropped whole, so nothing is half-applied.
    throwIfAborted(options.signal);
    this.forceNext = false;
    const data = await readXlsx(out, this.name);
    this.current = out;
    this.isXlsx = true;
    this.data = data;
    const total = plan.sheets.length;
    options.onProgress?.(total, total);
  }

  async writeCells(sheet: string, cells: CellWrite[]): Promise<void> {
    if (cells.length === 0) return;
    if (!this.data.sheets.some((s) => s.name === sheet)) {
      throw new FileReadError("not-found", this.name, { sheet });
    }
    // Only that sheet's part is edited; every other part is copied as it was.
    const out = writeCellsByParts(await this.xlsxBytes(), sheet, cells, { name: this.name });
    this.data = await readXlsx(out, this.name);
    this.current = out;
    this.isXlsx = true;
  }

  /** A new sheet at the end of the workbook bytes, under a name no sheet has; text cells stay text. */
  async writeSheet(name: string, rows: CellValue[][]): Promise<string> {
    const added = addUserSheet(await this.xlsxBytes(), name, rows, { name: this.name });
    const out = added.bytes;
    const unique = added.name;
    this.data = await readXlsx(out, this.name);
    this.current = out;
    this.isXlsx = true;
    return unique;
  }

  async highlight(highlights: PlanHighlight[]): Promise<void> {
    this.highlights = this.highlights.concat(highlights);
  }

  async clearHighlights(): Promise<void> {
    this.highlights = [];
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    this.selected = { sheet, address };
    this.onSelect?.(sheet, address);
  }

  async selectedCell(): Promise<{ sheet: string; address: string } | null> {
    return this.selected;
  }

  async loadSettings(): Promise<string | null> {
    return this.settingsJson;
  }

  async saveSettings(json: string): Promise<void> {
    this.settingsJson = json;
  }

  private async xlsxBytes(): Promise<Uint8Array> {
    return this.isXlsx ? this.current : buildXlsx(this.data);
  }
}
