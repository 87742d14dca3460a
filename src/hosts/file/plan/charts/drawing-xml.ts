import { DRAWING_NS, escapeXml, CHART_NS, REL_NS } from "./chart-xml";

export const SPREADSHEET_DRAWING_NS =
  "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** A chart's place: top-left cell (1-based) and size in columns x rows, and its rel id in the drawing. */
export interface ChartAnchor {
  row: number;
  column: number;
  width: number;
  height: number;
  relId: string;
  name: string;
}

function markerXml(tag: "from" | "to", column: number, row: number): string {
  return (
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

/**
 * A drawing part holding one two-cell anchored graphic frame per chart, each pointing at its chart
 * part through the drawing's rels. Anchors move and size with their cells.
 */
export function drawingXml(anchors: ChartAnchor[]): string {
  const frames = anchors.map((a, i) => {
    const left = Math.max(0, a.column - 1);
    const top = Math.max(0, a.row - 1);
    return (
      `<xdr:twoCellAnchor editAs="oneCell">` +
      markerXml("from", left, top) +
      markerXml("to", left + Math.max(1, a.width), top + Math.max(1, a.height)) +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(a.name)}"/>` +
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${CHART_NS}">` +
      `<c:chart xmlns:c="${CHART_NS}" xmlns:r="${REL_NS}" r:id="${escapeXml(a.relId)}"/>` +
      `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${SPREADSHEET_DRAWING_NS}" xmlns:a="${DRAWING_NS}">${frames.join("")}</xdr:wsDr>`
  );
}
