import * as React from "react";
import { readHistory } from "../../app/history";
import type { SnapshotRow } from "../../engine/history/snapshot";
import type { WorkbookData } from "../../engine/table/sheet";
import type { WorkbookHost } from "../../hosts/host";

/**
 * The tier history the workbook itself holds, read through the host whenever the host or the read
 * workbook changes (after every write): whichever face refreshed last, the Manager view shows it.
 * Null while it is being read or when there is no workbook.
 */
export function useWorkbookHistory(
  host: WorkbookHost | null,
  workbook: WorkbookData | null
): SnapshotRow[] | null {
  const [history, setHistory] = React.useState<SnapshotRow[] | null>(null);
  React.useEffect(() => {
    setHistory(null);
    if (host === null) return;
    let current = true;
    readHistory(host).then(
      (rows) => current && setHistory(rows),
      // An unreadable history sheet shows as none; the refresh itself reports the problem.
      () => current && setHistory([])
    );
    return () => {
      current = false;
    };
  }, [host, workbook]);
  return history;
}
