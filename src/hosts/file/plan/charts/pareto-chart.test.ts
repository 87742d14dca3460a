import { paretoChartXml } from "./pareto-chart";
import { CHART_NS } from "./chart-xml";
import type { ChartSpec } from "./chart-spec";
import { childNames, elements, parseXml, texts, vals } from "../xml-check.test-helper";
import { sampleSpec } from "./test-specs.test-helper";

const sheet = "Pareto";
const spec: ChartSpec = sampleSpec({
  categories: { sheet, range: "A2:A4" },
  series: [
    {
      name: "Profit",
      values: { sheet, range: "B2:B4" },
      cache: [50, 30, 20],
      formatCode: "#,##0.00",
    },
    {
      name: "Cumulative share",
      values: { sheet, range: "C2:C4" },
      cache: [0.5, 0.8, 1],
      formatCode: "0.0%",
      as: "line",
      axis: "secondary",
    },
  ],
});

describe("paretoChartXml", () => {
  const doc = parseXml(paretoChartXml(spec));
  const [bar] = elements(doc, CHART_NS, "barChart");
  const [line] = elements(doc, CHART_NS, "lineChart");

  it("draws the values as columns and the cumulative share as a line", () => {
    expect(vals(bar, CHART_NS, "barDir")).toEqual(["col"]);
    expect(texts(bar, CHART_NS, "f")).toEqual(["'Pareto'!$A$2:$A$4", "'Pareto'!$B$2:$B$4"]);
    expect(texts(line, CHART_NS, "f")).toEqual(["'Pareto'!$A$2:$A$4", "'Pareto'!$C$2:$C$4"]);
    expect(childNames(elements(line, CHART_NS, "ser")[0])).toEqual([
      "idx",
      "order",
      "tx",
      "spPr",
      "marker",
      "cat",
      "val",
      "smooth",
    ]);
  });
  it("puts the line on a secondary value axis on the right, from 0 to 100 %", () => {
    const lineAxes = vals(line, CHART_NS, "axId");
    const barAxes = vals(bar, CHART_NS, "axId");
    expect(lineAxes.filter((id) => barAxes.includes(id))).toEqual([]);
    const valueAxes = elements(doc, CHART_NS, "valAx");
    const secondary = valueAxes.find((ax) => lineAxes.includes(vals(ax, CHART_NS, "axId")[0]));
    if (!secondary) throw new Error("no secondary value axis");
    expect(vals(secondary, CHART_NS, "axPos")).toEqual(["r"]);
    expect(vals(secondary, CHART_NS, "max")).toEqual(["1"]);
    expect(vals(secondary, CHART_NS, "min")).toEqual(["0"]);
    expect(vals(secondary, CHART_NS, "crosses")).toEqual(["max"]);
    expect(elements(secondary, CHART_NS, "numFmt")[0].getAttribute("formatCode")).toBe("0%");
  });
  it("raises the secondary axis to the line's axisMax (money-losing customers take the share past 100 %)", () => {
    const over = sampleSpec({
      ...spec,
      series: [spec.series[0], { ...spec.series[1], cache: [0.7, 1.13, 1], axisMax: 1.2 }],
    });
    const axes = elements(parseXml(paretoChartXml(over)), CHART_NS, "valAx");
    expect(axes.map((ax) => vals(ax, CHART_NS, "max"))).toEqual([[], ["1.2"]]);
  });
  it("hides the secondary category axis but keeps it for the secondary value axis to cross", () => {
    const lineAxes = vals(line, CHART_NS, "axId");
    const secondaryCat = elements(doc, CHART_NS, "catAx").find((ax) =>
      lineAxes.includes(vals(ax, CHART_NS, "axId")[0])
    );
    if (!secondaryCat) throw new Error("no secondary category axis");
    expect(vals(secondaryCat, CHART_NS, "delete")).toEqual(["1"]);
  });
  it("keeps each series' index unique across the two chart groups", () => {
    expect(vals(doc, CHART_NS, "idx")).toEqual(["0", "1"]);
  });
  it("treats the second series as the line when no series is marked", () => {
    const unmarked = {
      ...spec,
      series: spec.series.map(({ name, values, cache }) => ({ name, values, cache })),
    };
    const line2 = elements(parseXml(paretoChartXml(unmarked)), CHART_NS, "lineChart")[0];
    expect(texts(line2, CHART_NS, "f")).toContain("'Pareto'!$C$2:$C$4");
  });
  it("refuses a Pareto chart without a line", () => {
    expect(() => paretoChartXml({ ...spec, series: [spec.series[0]] })).toThrow("cumulative line");
  });
});
