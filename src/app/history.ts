import { readSnapshots, type SnapshotRow } from "../engine/history/snapshot";
import type { HostRunOptions, WorkbookHost } from "../hosts/host";

/** What reading the history needs of a host: its sheet list and one sheet. */
export type HistorySource = Pick<WorkbookHost, "listSheets" | "readSheet">;

/**
 * The snapshots the workbook's own history sheet holds, read through the host at the moment of the
 * write. Never taken from a face's memory: whichever face refreshed last (pane, ribbon, CLI), the
 * next refresh continues that workbook's history.
 */
export async function readHistory(
  host: HistorySource,
  options: HostRunOptions = {}
): Promise<SnapshotRow[]> {
  const listing = (await host.listSheets()).find((s) => s.outputKey === "history");
  if (listing === undefined) return [];
  return readSnapshots(await host.readSheet(listing.name, { signal: options.signal }));
}
