import { drawingXml, SPREADSHEET_DRAWING_NS } from "./drawing-xml";
import { CHART_NS, REL_NS } from "./chart-xml";
import { elements, parseXml, texts } from "../xml-check.test-helper";

describe("drawingXml", () => {
  const doc = parseXml(
    drawingXml([
      { row: 2, column: 5, width: 8, height: 15, relId: "rId1", name: "Pareto <1>" },
      { row: 20, column: 1, width: 6, height: 10, relId: "rId2", name: "Tiers" },
    ])
  );
  it("anchors each chart from its 0-based top-left cell to the cell its size reaches", () => {
    const [first] = elements(doc, SPREADSHEET_DRAWING_NS, "twoCellAnchor");
    const from = elements(first, SPREADSHEET_DRAWING_NS, "from")[0];
    const to = elements(first, SPREADSHEET_DRAWING_NS, "to")[0];
    expect([
      texts(from, SPREADSHEET_DRAWING_NS, "col")[0],
      texts(from, SPREADSHEET_DRAWING_NS, "row")[0],
    ]).toEqual(["4", "1"]);
    expect([
      texts(to, SPREADSHEET_DRAWING_NS, "col")[0],
      texts(to, SPREADSHEET_DRAWING_NS, "row")[0],
    ]).toEqual(["12", "16"]);
  });
  it("points each graphic frame at its chart rel, with unique shape ids and escaped names", () => {
    const charts = elements(doc, CHART_NS, "chart");
    expect(charts.map((c) => c.getAttributeNS(REL_NS, "id"))).toEqual(["rId1", "rId2"]);
    const props = elements(doc, SPREADSHEET_DRAWING_NS, "cNvPr");
    expect(props.map((p) => p.getAttribute("id"))).toEqual(["2", "3"]);
    expect(props[0].getAttribute("name")).toBe("Pareto <1>");
  });
});
