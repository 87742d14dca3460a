import { escapeXml } from "./charts/chart-xml";

/**
 * Appends a string to a shared-strings part and returns the new part with the string's index.
 * Rows written outside ExcelJS keep their text inline, but an empty inline string reads back as
 * no value (ExcelJS drops it), while ExcelJS itself writes "" as a shared string: this keeps ""
 * a string. Throws when the part has no `sst` element.
 */
export function addSharedString(sstXml: string, text: string): { xml: string; index: number } {
  const close = sstXml.lastIndexOf("</sst>");
  const open = /<sst\b[^>]*?(\/?)>/.exec(sstXml);
  if (!open) throw new Error("the shared strings part has no sst");
  const index = (sstXml.match(/<si>|<si\s[^>]*>|<si\/>/g) ?? []).length;
  const item = `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`;
  const head = open[0]
    .replace(/\/>$/, ">")
    .replace(/\suniqueCount="\d+"/, ` uniqueCount="${index + 1}"`);
  const body = open[1] ? "" : sstXml.slice(open.index + open[0].length, close);
  const tail = open[1] ? sstXml.slice(open.index + open[0].length) : sstXml.slice(close + 6);
  return { xml: `${sstXml.slice(0, open.index)}${head}${body}${item}</sst>${tail}`, index };
}
