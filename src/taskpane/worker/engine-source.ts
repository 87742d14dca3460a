import type { WorkbookData } from "../../engine/table/sheet";
import type { WorkbookHost } from "../../hosts/host";
import { copyInSlices } from "./copy-in-slices";
import type { EngineSource } from "./protocol";

/** A host holding its workbook as .xlsx bytes in the page (browser mode's FileHost). */
interface BytesHost {
  readonly name: string;
  readonly input: Uint8Array;
  resultBytes(): Promise<Uint8Array>;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

function isBytesHost(host: WorkbookHost): host is WorkbookHost & BytesHost {
  const h = host as Partial<BytesHost>;
  return h.input instanceof Uint8Array && typeof h.resultBytes === "function";
}

/**
 * What to send the worker for a host's workbook. A file opened as .xlsx goes as its current bytes
 * (with every fix written so far), copied a slice at a time so the host keeps its own and the page
 * stays free, and the worker parses them: cheaper for the page than cloning 100,000 rows of cells.
 * A .csv (whose bytes would first have to become an .xlsx) and Excel's sheets, already read on this
 * thread, go as the workbook itself.
 */
export async function engineSource(
  host: WorkbookHost,
  workbook: WorkbookData
): Promise<EngineSource> {
  if (isBytesHost(host) && ZIP.every((b, i) => host.input[i] === b)) {
    const bytes = await copyInSlices(await host.resultBytes());
    return { kind: "xlsx-bytes", bytes, name: host.name };
  }
  return { kind: "workbook", workbook };
}
