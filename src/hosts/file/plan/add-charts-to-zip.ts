import type { ZipParts } from "./package-parts";
import { escapeXml } from "./charts/chart-xml";
import { drawingXml, type ChartAnchor } from "./charts/drawing-xml";
import { insertDrawingElement } from "./insert-drawing-element";
import { readRels, relsPathOf } from "./package-rels";
import { sheetParts } from "./sheet-parts";
import { tagAttributes } from "./xml-attributes";

/** A chart ready to go into the package: its part's XML and where it sits. */
export interface PlacedChart {
  xml: string;
  name: string;
  anchor: { row: number; column: number; width: number; height: number };
}

/** The charts of one sheet, by the sheet's name in the workbook. */
export interface SheetCharts {
  sheet: string;
  charts: PlacedChart[];
}

const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The next free number for parts named like xl/charts/chart7.xml. */
function nextNumber(zip: ZipParts, folder: string, stem: string): number {
  const pattern = new RegExp(`^${folder}/${stem}(\\d+)\\.xml$`, "i");
  let max = 0;
  for (const path of Object.keys(zip.files)) {
    const match = pattern.exec(path);
    if (match) max = Math.max(max, Number(match[1]));
  }
  return max + 1;
}

interface RelItem {
  id: string;
  type: string;
  target: string;
  mode?: string;
}

function relsXml(rels: RelItem[]): string {
  const items = rels.map(
    (r) =>
      `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"` +
      `${r.mode ? ` TargetMode="${escapeXml(r.mode)}"` : ""}/>`
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${items.join("")}</Relationships>`;
}

/** Adds a relationship to a rels part (creating it), returning the new id. */
async function addRel(
  zip: ZipParts,
  partPath: string,
  type: string,
  target: string
): Promise<string> {
  const path = relsPathOf(partPath);
  const file = zip.file(path);
  const existing = file ? tagAttributes(await file.async("string"), "Relationship") : [];
  const used = new Set(existing.map((a) => a.Id));
  let n = existing.length + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const kept: RelItem[] = existing.map((a) => ({
    id: a.Id ?? "",
    type: a.Type ?? "",
    target: a.Target ?? "",
    mode: a.TargetMode,
  }));
  zip.file(path, relsXml([...kept, { id, type, target }]));
  return id;
}

/**
 * Puts native charts into a written .xlsx package (ExcelJS writes none): a chart part per chart,
 * one drawing per sheet anchoring them, the rels between sheet, drawing and charts, the sheet's
 * <drawing> element and the content types. Part numbers continue after any already present.
 */
export async function addChartsToZip(zip: ZipParts, sheets: SheetCharts[]): Promise<void> {
  const withCharts = sheets.filter((s) => s.charts.length > 0);
  if (withCharts.length === 0) return;
  const paths = new Map((await sheetParts(zip)).map((p) => [p.name, p.path]));
  let chartNumber = nextNumber(zip, "xl/charts", "chart");
  let drawingNumber = nextNumber(zip, "xl/drawings", "drawing");
  const overrides: { part: string; type: string }[] = [];
  for (const { sheet, charts } of withCharts) {
    const sheetPath = paths.get(sheet);
    const sheetFile = sheetPath ? zip.file(sheetPath) : null;
    if (!sheetPath || !sheetFile) throw new Error(`The written workbook has no sheet "${sheet}".`);
    if ((await readRels(zip, sheetPath)).some((r) => r.type.endsWith("/drawing"))) {
      throw new Error(`The sheet "${sheet}" already has a drawing.`);
    }
    const drawingPath = `xl/drawings/drawing${drawingNumber++}.xml`;
    const anchors: ChartAnchor[] = [];
    const drawingRels: RelItem[] = [];
    for (const chart of charts) {
      const number = chartNumber++;
      const relId = `rId${drawingRels.length + 1}`;
      zip.file(`xl/charts/chart${number}.xml`, chart.xml);
      overrides.push({ part: `/xl/charts/chart${number}.xml`, type: CHART_TYPE });
      drawingRels.push({
        id: relId,
        type: `${REL_BASE}/chart`,
        target: `../charts/chart${number}.xml`,
      });
      anchors.push({ ...chart.anchor, relId, name: chart.name });
    }
    zip.file(drawingPath, drawingXml(anchors));
    zip.file(relsPathOf(drawingPath), relsXml(drawingRels));
    overrides.push({ part: `/${drawingPath}`, type: DRAWING_TYPE });
    const relId = await addRel(
      zip,
      sheetPath,
      `${REL_BASE}/drawing`,
      `../drawings/${drawingPath.split("/").pop()}`
    );
    zip.file(sheetPath, insertDrawingElement(await sheetFile.async("string"), relId));
  }
  const typesFile = zip.file("[Content_Types].xml");
  if (!typesFile) throw new Error("The written workbook has no [Content_Types].xml.");
  const types = await typesFile.async("string");
  const added = overrides
    .map((o) => `<Override PartName="${o.part}" ContentType="${o.type}"/>`)
    .join("");
  zip.file("[Content_Types].xml", types.replace(/<\/Types>\s*$/, `${added}</Types>`));
}
