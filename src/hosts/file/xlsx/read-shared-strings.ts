import { decodeXmlText } from "./decode-xml-text";
import { scanRawXml } from "./scan-raw-xml";

/** Excel's escape for characters XML cannot hold ("_x000D_"), as ExcelJS decodes it. */
function unescapeOoxml(text: string): string {
  return text.indexOf("_x") < 0
    ? text
    : text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The shared strings table: each item's text, rich text runs joined; phonetic guides (rPh) left out.
 */
export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  let current = "";
  // By position (scan-raw-xml.ts): a table of 100,000 names is read without an object per tag.
  scanRawXml(xml, 0, xml.length, {
    open(name, _from, _to, selfClosing) {
      if (name === "si") {
        inItem = true;
        current = "";
      } else if (name === "rPh") phonetic++;
      else if (name === "t" && inItem && !selfClosing) inText = true;
    },
    close(name) {
      if (name === "si") {
        strings.push(unescapeOoxml(current));
        inItem = false;
      } else if (name === "rPh") phonetic--;
      else if (name === "t") inText = false;
    },
    text(from, to, cdata) {
      if (!inText || phonetic > 0) return;
      const raw = xml.slice(from, to);
      current += cdata ? raw : decodeXmlText(raw);
    },
  });
  return strings;
}
