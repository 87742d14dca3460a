import { scanXml } from "./scan-xml";

/** A sheet as xl/workbook.xml lists it. */
export interface WorkbookSheet {
  name: string;
  sheetId: number;
  state: "visible" | "hidden" | "veryHidden";
  /** The relationship id that names its part. */
  relId: string;
}

export interface WorkbookPart {
  sheets: WorkbookSheet[];
  /** Serial 0 is 1904-01-01 rather than 1899-12-31 (Excel for Mac's old default). */
  date1904: boolean;
}

const TRUE = new Set(["1", "true", "on"]);

/** The sheet list and date system of a workbook part's XML. */
export function readWorkbookPart(xml: string): WorkbookPart {
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  scanXml(xml, {
    open(name, a) {
      if (name === "workbookPr") date1904 = TRUE.has((a.date1904 ?? "").toLowerCase());
      if (name !== "sheet" || a.name === undefined || a.id === undefined) return;
      const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
      sheets.push({ name: a.name, sheetId: Number(a.sheetId), state, relId: a.id });
    },
  });
  return { sheets, date1904 };
}
