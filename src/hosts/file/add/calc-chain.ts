import { scanXml } from "../xlsx/scan-xml";

/**
 * Whether a calculation chain part (xl/calcChain.xml) lists a cell on one of the sheets (by sheetId).
 * Each <c> names its sheet with i, or is on the sheet of the cell before it.
 */
export function calcChainRefersTo(xml: string, sheetIds: ReadonlySet<number>): boolean {
  if (sheetIds.size === 0) return false;
  let sheet = 0;
  let found = false;
  try {
    scanXml(xml, {
      open(name, a) {
        if (name !== "c" || found) return;
        if (a.i !== undefined) sheet = parseInt(a.i, 10);
        if (sheetIds.has(sheet)) found = true;
      },
    });
  } catch {
    // A chain we cannot read may name anything: Excel rebuilds a dropped one.
    return true;
  }
  return found;
}
