import { scanXml } from "./scan-xml";

/** Built-in number formats that show dates or times (as ExcelJS knows them; 27-36 and 50-58 it does not). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A format code shows a date or time: y m d h s or b outside quotes and [brackets] (ExcelJS's test). */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

/**
 * For each cell format (cellXfs index, a cell's s="N"), whether it shows a date: a number in such
 * a cell is a date serial.
 */
export function readDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  const dates: boolean[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    open(name, a) {
      if (name === "numFmt" && a.numFmtId !== undefined && a.formatCode !== undefined)
        custom.set(Number(a.numFmtId), a.formatCode.replace(/\\(.)/g, "$1"));
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        const code = custom.get(id);
        dates.push(code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return dates;
}
