import { columnLetter } from "../../../engine/table/column-letter";
import { parseCellRange } from "../plan/cell-range";

const DIMENSION = /<(\w+:)?dimension\b([^>]*?)\sref="([^"]*)"/;

/**
 * A worksheet part whose `<dimension ref>` covers the given cells too (1-based rows and columns):
 * the declared used range is what some readers size a sheet by, so a fix written outside it must
 * widen it. Every other byte is kept; a part without a dimension, or with one that already covers
 * the cells, is given back as it is. A ref that is not a plain range is replaced by the cells' box.
 */
export function widenDimension(
  xml: string,
  cells: readonly { row: number; column: number }[]
): string {
  if (cells.length === 0) return xml;
  const found = DIMENSION.exec(xml);
  if (!found) return xml;
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const c of cells) {
    top = Math.min(top, c.row);
    left = Math.min(left, c.column);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.column);
  }
  const box = parseCellRange(found[3]);
  if (box) {
    if (box.top <= top && box.left <= left && box.bottom >= bottom && box.right >= right)
      return xml;
    top = Math.min(top, box.top);
    left = Math.min(left, box.left);
    bottom = Math.max(bottom, box.bottom);
    right = Math.max(right, box.right);
  }
  const from = `${columnLetter(left - 1)}${top}`;
  const to = `${columnLetter(right - 1)}${bottom}`;
  const ref = from === to ? from : `${from}:${to}`;
  const at = (found.index as number) + found[0].length - found[3].length - 1;
  return xml.slice(0, at) + ref + xml.slice(at + found[3].length);
}
