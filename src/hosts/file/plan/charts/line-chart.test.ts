import { lineChartXml } from "./line-chart";
import { CHART_NS } from "./chart-xml";
import { elements, parseXml, texts, vals } from "../xml-check.test-helper";
import { sampleSpec } from "./test-specs.test-helper";

describe("lineChartXml", () => {
  const spec = sampleSpec({
    series: [
      sampleSpec().series[0],
      {
        name: "Goods",
        values: { sheet: "S", range: "C2:C4" },
        cache: [0, 0.5, 1],
        formatCode: "0.0%",
      },
    ],
  });
  const doc = parseXml(lineChartXml(spec));

  it("is one line chart with a line per series over the shared categories", () => {
    expect(elements(doc, CHART_NS, "lineChart")).toHaveLength(1);
    expect(elements(doc, CHART_NS, "barChart")).toHaveLength(0);
    expect(elements(doc, CHART_NS, "ser")).toHaveLength(2);
    expect(texts(doc, CHART_NS, "f")).toEqual([
      "'客户''s 分级'!$A$2:$A$4",
      "'客户''s 分级'!$B$2:$B$4",
      "'客户''s 分级'!$A$2:$A$4",
      "'S'!$C$2:$C$4",
    ]);
    expect(vals(doc, CHART_NS, "symbol")).toEqual(["none", "none"]);
  });

  it("has a category axis and a value axis crossing each other, and a legend", () => {
    const [cat] = elements(doc, CHART_NS, "catAx");
    const [val] = elements(doc, CHART_NS, "valAx");
    expect(vals(cat, CHART_NS, "crossAx")).toEqual(vals(val, CHART_NS, "axId"));
    expect(elements(doc, CHART_NS, "legend")).toHaveLength(1);
  });
});
