const VALUE_MARKERS = ["<v>", "<v ", "<is>", "<is "];

/**
 * Drops the rows after a worksheet's last row that holds a value. Sheets formatted down to row
 * 1,048,576 carry a `<row>` for every formatted row; ExcelJS would build an object for each
 * (about 1 GB for a million), although none of them holds anything the engine reads.
 * A formula without a cached value reads as empty, so it does not keep a row either.
 */
export function trimTrailingEmptyRows(xml: string): string {
  const open = xml.indexOf("<sheetData");
  if (open < 0) return xml;
  const openEnd = xml.indexOf(">", open);
  if (openEnd < 0 || xml[openEnd - 1] === "/") return xml;
  const start = openEnd + 1;
  const end = xml.indexOf("</sheetData>", start);
  if (end < 0) return xml;
  let lastValue = -1;
  for (const marker of VALUE_MARKERS) {
    const at = xml.lastIndexOf(marker, end);
    if (at >= start && at > lastValue) lastValue = at;
  }
  let cut = start;
  if (lastValue >= 0) {
    const rowEnd = xml.indexOf("</row>", lastValue);
    if (rowEnd < 0 || rowEnd > end) return xml;
    cut = rowEnd + "</row>".length;
  }
  return cut === end ? xml : xml.slice(0, cut) + xml.slice(end);
}
