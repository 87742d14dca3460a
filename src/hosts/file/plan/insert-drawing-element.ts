/** Elements that follow <drawing> in a worksheet (CT_Worksheet order); <drawing> goes before the first. */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * Adds <drawing r:id="..."/> to a worksheet's XML at the place the schema wants it, declaring the
 * relationships namespace on the root when it is missing. Throws when the sheet has a drawing
 * already (pictures): a sheet has one drawing part, and the add-in's sheets never hold pictures.
 */
export function insertDrawingElement(sheetXml: string, relId: string): string {
  if (/<(\w+:)?drawing[\s/>]/.test(sheetXml))
    throw new Error("The worksheet already has a drawing.");
  let xml = sheetXml;
  const root = /<((\w+:)?worksheet)\b[^>]*>/.exec(xml);
  if (!root) throw new Error("Not a worksheet part.");
  const prefix =
    /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
      root[0]
    );
  let r = prefix?.[1];
  if (!r) {
    r = "r";
    const declared = root[0].replace(/\/?>$/, (end) => ` xmlns:r="${R_NS}"${end}`);
    xml = xml.slice(0, root.index) + declared + xml.slice(root.index + root[0].length);
  }
  const elementPrefix = root[2] ?? "";
  const element = `<${elementPrefix}drawing ${r}:id="${relId}"/>`;
  const next = new RegExp(`<(${elementPrefix})(${AFTER_DRAWING.join("|")})[\\s/>]`).exec(xml);
  const at = next ? next.index : xml.lastIndexOf(`</${root[1]}>`);
  if (at < 0) throw new Error("Not a worksheet part.");
  return xml.slice(0, at) + element + xml.slice(at);
}
