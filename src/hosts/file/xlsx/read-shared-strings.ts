import { scanXml } from "./scan-xml";

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
  scanXml(xml, {
    open(name, _a, selfClosing) {
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
    text(text) {
      if (inText && phonetic === 0) current += text;
    },
  });
  return strings;
}
