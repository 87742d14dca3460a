import { barChartXml } from "./bar-chart";
import { CHART_NS } from "./chart-xml";
import { elements, parseXml, texts, vals } from "../xml-check.test-helper";
import { sampleSpec } from "./test-specs.test-helper";

describe("barChartXml", () => {
  const doc = parseXml(barChartXml(sampleSpec()));

  it("is a horizontal clustered bar chart", () => {
    expect(vals(doc, CHART_NS, "barDir")).toEqual(["bar"]);
    expect(vals(doc, CHART_NS, "grouping")).toEqual(["clustered"]);
    expect(texts(doc, CHART_NS, "f")).toEqual([
      "'客户''s 分级'!$A$2:$A$4",
      "'客户''s 分级'!$B$2:$B$4",
    ]);
  });
  it("draws the first category at the top, with the value axis kept at the bottom", () => {
    const [cat] = elements(doc, CHART_NS, "catAx");
    const [val] = elements(doc, CHART_NS, "valAx");
    expect(vals(cat, CHART_NS, "orientation")).toEqual(["maxMin"]);
    expect(vals(cat, CHART_NS, "axPos")).toEqual(["l"]);
    expect(vals(val, CHART_NS, "axPos")).toEqual(["b"]);
    expect(vals(val, CHART_NS, "crosses")).toEqual(["max"]);
  });
});
