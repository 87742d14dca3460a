import type { WorkbookData } from "../engine/table/sheet";
import type { HostRunOptions, WorkbookHost } from "../hosts/host";

/**
 * Every sheet of the host's workbook, hidden ones too (the engine searches visible sheets first and
 * needs a 交易明细 sheet beside the customer sheet). Progress counts the rows of the sheet being read,
 * as the host reports them; a cancel stops between sheets and inside the host's own blocks.
 */
export async function readWorkbook(
  host: Pick<WorkbookHost, "listSheets" | "readSheet">,
  options: HostRunOptions = {}
): Promise<WorkbookData> {
  const names = await host.listSheets();
  const sheets = [];
  for (let i = 0; i < names.length; i++) {
    if (options.signal?.aborted) throw abortError();
    const { name, hidden, outputKey } = names[i];
    // The add-in's own sheets are no customer data; only the history is read back, for the refresh.
    if (outputKey !== undefined && outputKey !== "history") continue;
    // Rows of the sheet being read, as the host reads them in blocks ("1,000 of 50,000").
    const sheet = await host.readSheet(name, options);
    sheets.push({ ...sheet, hidden, ...(outputKey === undefined ? {} : { outputKey }) });
  }
  return { sheets };
}

/** The error a cancelled run ends with; isAbort tells it from a failure. */
export function abortError(): Error {
  const error = new Error("cancelled");
  error.name = "AbortError";
  return error;
}

/** True for the error a cancelled run ends with. */
export function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}
