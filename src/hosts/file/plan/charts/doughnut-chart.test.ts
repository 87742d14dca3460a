import { columnChartXml } from "./column-chart";
import { doughnutChartXml } from "./doughnut-chart";
import { CHART_NS } from "./chart-xml";
import { childNames, elements, parseXml, texts, vals } from "../xml-check.test-helper";
import { sampleSpec } from "./test-specs.test-helper";

describe("doughnutChartXml", () => {
  const spec = sampleSpec({
    series: [
      ...sampleSpec().series,
      { name: "Other", values: { sheet: "Dash", range: "C2:C4" }, cache: [1, 2, 3] },
    ],
  });
  const doc = parseXml(doughnutChartXml(spec));

  it("is a doughnut of the first series only, one colour per slice, with no axes", () => {
    expect(elements(doc, CHART_NS, "doughnutChart")).toHaveLength(1);
    expect(elements(doc, CHART_NS, "ser")).toHaveLength(1);
    expect(vals(doc, CHART_NS, "varyColors")).toEqual(["1"]);
    expect(elements(doc, CHART_NS, "catAx")).toHaveLength(0);
    expect(elements(doc, CHART_NS, "valAx")).toHaveLength(0);
    expect(texts(doc, CHART_NS, "f")).toEqual([
      "'客户''s 分级'!$A$2:$A$4",
      "'客户''s 分级'!$B$2:$B$4",
    ]);
  });
  it("shows percentages on the slices and has a hole", () => {
    expect(vals(doc, CHART_NS, "showPercent")).toEqual(["1"]);
    expect(vals(doc, CHART_NS, "holeSize")).toEqual(["55"]);
  });
  it("keeps the schema's element order inside the series and the chart", () => {
    expect(childNames(elements(doc, CHART_NS, "ser")[0])).toEqual([
      "idx",
      "order",
      "tx",
      "dPt",
      "dPt",
      "dPt",
      "dLbls",
      "cat",
      "val",
    ]);
    expect(childNames(elements(doc, CHART_NS, "doughnutChart")[0])).toEqual([
      "varyColors",
      "ser",
      "firstSliceAng",
      "holeSize",
    ]);
  });
  it("refuses a spec without series", () => {
    expect(() => doughnutChartXml(sampleSpec({ series: [] }))).toThrow("no series");
  });
});

describe("chart colours without a theme", () => {
  it("gives every doughnut slice and every column series an explicit RGB fill, none from the theme", () => {
    const { doughnutChartXml } = jest.requireActual(
      "./doughnut-chart"
    ) as typeof import("./doughnut-chart");
    const { columnChartXml } = jest.requireActual(
      "./column-chart"
    ) as typeof import("./column-chart");
    const spec = {
      title: "t",
      categories: { sheet: "S", range: "A1:A3" },
      categoryCache: ["a", "b", "c"],
      series: [
        { name: "n", values: { sheet: "S", range: "B1:B3" }, cache: [1, 2, 3] },
        { name: "m", values: { sheet: "S", range: "C1:C3" }, cache: [1, 2, 3] },
      ],
    };
    const doughnut = doughnutChartXml(spec);
    expect(
      doughnut.match(
        /<c:dPt><c:idx val="\d"\/><c:bubble3D val="0"\/><c:spPr><a:solidFill><a:srgbClr val="[0-9A-F]{6}"\/>/g
      )
    ).toHaveLength(3);
    const column = columnChartXml(spec);
    expect(
      column.match(
        /<c:ser><c:idx val="\d"\/><c:order val="\d"\/><c:tx>.*?<\/c:tx><c:spPr><a:solidFill><a:srgbClr /g
      )
    ).toHaveLength(2);
    expect(doughnut + column).not.toContain("schemeClr");
  });
});
