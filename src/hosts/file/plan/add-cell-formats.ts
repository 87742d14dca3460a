/** Excel's built-in number format ids for the codes the plan uses (ECMA-376 §18.8.30). */
const BUILT_IN: Record<string, number> = { "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "@": 49 };

/** The first id Excel leaves to a workbook's own number formats. */
const FIRST_CUSTOM = 164;

function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function unescapeAttribute(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * Adds one cell format (an `xf` in cellXfs) per number format code to a styles part, reusing a
 * number format the part already defines, and returns the new part with each code's style index
 * for the `s` attribute of cells written outside ExcelJS. Throws when the part has no cellXfs.
 */
export function addCellFormats(
  stylesXml: string,
  codes: readonly string[]
): { xml: string; ids: Map<string, number> } {
  const xfs = /<cellXfs count="(\d+)">/.exec(stylesXml);
  if (!xfs || !stylesXml.includes("</cellXfs>")) throw new Error("the styles part has no cellXfs");
  const numFmtIds = new Map<string, number>();
  let nextCustom = FIRST_CUSTOM;
  for (const match of stylesXml.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\s*\/>/g)) {
    numFmtIds.set(unescapeAttribute(match[2]), Number(match[1]));
    nextCustom = Math.max(nextCustom, Number(match[1]) + 1);
  }
  const newNumFmts: string[] = [];
  const newXfs: string[] = [];
  const ids = new Map<string, number>();
  let index = Number(xfs[1]);
  for (const code of new Set(codes)) {
    let numFmtId = BUILT_IN[code] ?? numFmtIds.get(code);
    if (numFmtId === undefined) {
      numFmtId = nextCustom++;
      numFmtIds.set(code, numFmtId);
      newNumFmts.push(`<numFmt numFmtId="${numFmtId}" formatCode="${escapeAttribute(code)}"/>`);
    }
    newXfs.push(
      `<xf numFmtId="${numFmtId}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`
    );
    ids.set(code, index++);
  }

  // After the existing xfs, so the indexes ExcelJS gave its own cells stay put.
  const close = stylesXml.indexOf("</cellXfs>");
  let xml =
    stylesXml.slice(0, xfs.index) +
    `<cellXfs count="${index}">` +
    stylesXml.slice(xfs.index + xfs[0].length, close) +
    newXfs.join("") +
    stylesXml.slice(close);
  if (newNumFmts.length > 0) {
    const numFmts = /<numFmts count="(\d+)">/.exec(xml);
    if (numFmts) {
      const count = Number(numFmts[1]) + newNumFmts.length;
      xml = xml.replace(numFmts[0], `<numFmts count="${count}">${newNumFmts.join("")}`);
    } else {
      xml = xml.replace(
        /(<styleSheet[^>]*>)/,
        `$1<numFmts count="${newNumFmts.length}">${newNumFmts.join("")}</numFmts>`
      );
    }
  }
  return { xml, ids };
}
