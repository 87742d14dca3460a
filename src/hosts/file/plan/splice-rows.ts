import { columnLetter } from "../../../engine/table/column-letter";
import { parseCellRange, type CellBox } from "./cell-range";

/** Rows written outside ExcelJS: their XML and the cells they cover. */
export interface RowBlock {
  xml: string;
  box: CellBox;
}

function boxRef(box: CellBox): string {
  const corner = (row: number, column: number) => `${columnLetter(column - 1)}${row}`;
  return `${corner(box.top, box.left)}:${corner(box.bottom, box.right)}`;
}

/**
 * Puts blocks of `<row>` elements into a worksheet part's sheetData, each before the first row
 * below it (Excel wants rows in ascending order; the caller guarantees no row is in two places),
 * and widens the dimension to cover them.
 */
export function spliceRows(sheetXml: string, blocks: RowBlock[]): string {
  let xml = sheetXml.replace("<sheetData/>", "<sheetData></sheetData>");
  const sorted = blocks.filter((b) => b.xml).sort((a, b) => b.box.top - a.box.top);
  if (sorted.length === 0) return sheetXml;
  const dataStart = xml.indexOf("<sheetData>");
  const dataEnd = xml.indexOf("</sheetData>");
  if (dataStart < 0 || dataEnd < 0) throw new Error("the worksheet part has no sheetData");
  let data = xml.slice(dataStart + "<sheetData>".length, dataEnd);
  // From the lowest block up, so each insertion point is found in rows not yet moved.
  for (const block of sorted) {
    let at = data.length;
    for (const match of data.matchAll(/<row r="(\d+)"/g)) {
      if (Number(match[1]) > block.box.bottom) {
        at = match.index;
        break;
      }
    }
    data = data.slice(0, at) + block.xml + data.slice(at);
  }
  xml = xml.slice(0, dataStart) + "<sheetData>" + data + xml.slice(dataEnd);

  const box = sorted.reduce<CellBox>(
    (all, b) => ({
      top: Math.min(all.top, b.box.top),
      left: Math.min(all.left, b.box.left),
      bottom: Math.max(all.bottom, b.box.bottom),
      right: Math.max(all.right, b.box.right),
    }),
    sorted[0].box
  );
  const dimension = /<dimension ref="([^"]*)"\s*\/>/.exec(xml);
  if (!dimension) return xml;
  const old = parseCellRange(dimension[1]);
  const whole = old
    ? {
        top: Math.min(old.top, box.top),
        left: Math.min(old.left, box.left),
        bottom: Math.max(old.bottom, box.bottom),
        right: Math.max(old.right, box.right),
      }
    : box;
  return xml.replace(dimension[0], `<dimension ref="${boxRef(whole)}"/>`);
}
