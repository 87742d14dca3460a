import type { SheetData, WorkbookData } from "../engine/table/sheet";
import type { SheetListing } from "../hosts/host";
import type { HistorySource } from "./history";

/**
 * A workbook already read, seen as the part of a host the use cases read from (its sheets, the
 * add-in's marked): lets a face that read the file itself (the CLI) go through the same use cases.
 */
export function workbookSource(workbook: WorkbookData): HistorySource {
  return {
    listSheets: async (): Promise<SheetListing[]> =>
      workbook.sheets.map((s) => ({
        name: s.name,
        hidden: s.hidden === true,
        ...(s.outputKey === undefined ? {} : { outputKey: s.outputKey }),
      })),
    readSheet: async (name: string): Promise<SheetData> => {
      const sheet = workbook.sheets.find((s) => s.name === name);
      // The listing came from the same sheets, so only a caller's typo gets here.
      if (sheet === undefined) throw new RangeError(`no sheet named ${name}`);
      return sheet;
    },
  };
}
