import { columnChartXml } from "./column-chart";
import { CHART_NS, DRAWING_NS } from "./chart-xml";
import { childNames, elements, parseXml, texts, vals } from "../xml-check.test-helper";
import { sampleSpec } from "./test-specs.test-helper";

describe("columnChartXml", () => {
  const spec = sampleSpec({
    series: [
      sampleSpec().series[0],
      {
        name: "Sales",
        values: { sheet: "Dash", range: "C2:C4" },
        cache: [1, 2, 3],
        formatCode: "#,##0.00",
      },
    ],
  });
  const doc = parseXml(columnChartXml(spec));

  it("is one clustered column chart with a series per spec series", () => {
    const bar = elements(doc, CHART_NS, "barChart");
    expect(bar).toHaveLength(1);
    expect(vals(doc, CHART_NS, "barDir")).toEqual(["col"]);
    expect(vals(doc, CHART_NS, "grouping")).toEqual(["clustered"]);
    expect(elements(doc, CHART_NS, "ser")).toHaveLength(2);
  });
  it("points each series at its own range and shares the categories", () => {
    const refs = texts(doc, CHART_NS, "f");
    expect(refs).toEqual([
      "'客户''s 分级'!$A$2:$A$4",
      "'客户''s 分级'!$B$2:$B$4",
      "'客户''s 分级'!$A$2:$A$4",
      "'Dash'!$C$2:$C$4",
    ]);
  });
  it("has the escaped title and a legend because there are two series", () => {
    expect(texts(doc, DRAWING_NS, "t")).toEqual(["Tier <share> & count"]);
    expect(elements(doc, CHART_NS, "legend")).toHaveLength(1);
  });
  it("has a category axis at the bottom and a value axis on the left, crossing each other", () => {
    const [cat] = elements(doc, CHART_NS, "catAx");
    const [val] = elements(doc, CHART_NS, "valAx");
    expect(vals(cat, CHART_NS, "axPos")).toEqual(["b"]);
    expect(vals(val, CHART_NS, "axPos")).toEqual(["l"]);
    expect(vals(cat, CHART_NS, "crossAx")).toEqual(vals(val, CHART_NS, "axId"));
    expect(vals(doc, CHART_NS, "axId").slice(0, 2)).toEqual([
      ...vals(cat, CHART_NS, "axId"),
      ...vals(val, CHART_NS, "axId"),
    ]);
  });
  it("labels the value axis with the first series' format", () => {
    const [val] = elements(doc, CHART_NS, "valAx");
    expect(elements(val, CHART_NS, "numFmt")[0].getAttribute("formatCode")).toBe("#,##0");
  });
  it("keeps the schema's element order inside a series", () => {
    expect(childNames(elements(doc, CHART_NS, "ser")[0])).toEqual([
      "idx",
      "order",
      "tx",
      "spPr",
      "invertIfNegative",
      "cat",
      "val",
    ]);
  });
  it("leaves the legend out for a single series", () => {
    expect(elements(parseXml(columnChartXml(sampleSpec())), CHART_NS, "legend")).toHaveLength(0);
  });
});
