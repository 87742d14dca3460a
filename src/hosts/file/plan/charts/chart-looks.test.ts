import { barChartXml } from "./bar-chart";
import { CHART_NS, DRAWING_NS } from "./chart-xml";
import { columnChartXml } from "./column-chart";
import { doughnutChartXml } from "./doughnut-chart";
import { paretoChartXml } from "./pareto-chart";
import { childNames, elements, parseXml, texts, vals } from "../xml-check.test-helper";
import { sampleSpec } from "./test-specs.test-helper";

/** The Dashboard's planned looks as chart XML: point colours, data labels, axis titles and formats. */
describe("chart looks", () => {
  const coloured = sampleSpec({
    series: [
      {
        ...sampleSpec().series[0],
        pointColors: ["#5B9B45", "#F2B134", "#C0504D"],
        dataLabels: { format: "#,##0" },
      },
    ],
    axes: {
      valueTitle: "Customers",
      categoryTitle: "Grade",
      valueFormat: '#,##0.0,,"M"',
      categoryLabelsLow: true,
    },
  });

  it("fills each point with its planned colour and labels the values, in the schema's order", () => {
    const doc = parseXml(columnChartXml(coloured));
    const points = elements(doc, CHART_NS, "dPt");
    expect(points).toHaveLength(3);
    expect(points.map((p) => vals(p, DRAWING_NS, "srgbClr")[0])).toEqual([
      "5B9B45",
      "F2B134",
      "C0504D",
    ]);
    expect(childNames(elements(doc, CHART_NS, "ser")[0])).toEqual([
      "idx",
      "order",
      "tx",
      "spPr",
      "invertIfNegative",
      "dPt",
      "dPt",
      "dPt",
      "dLbls",
      "cat",
      "val",
    ]);
    const labels = elements(doc, CHART_NS, "dLbls")[0];
    expect(vals(labels, CHART_NS, "showVal")).toEqual(["1"]);
    expect(elements(labels, CHART_NS, "numFmt")[0].getAttribute("formatCode")).toBe("#,##0");
  });

  it("titles both axes, formats the value axis and keeps category labels low", () => {
    for (const xml of [columnChartXml(coloured), barChartXml(coloured)]) {
      const doc = parseXml(xml);
      const catAx = elements(doc, CHART_NS, "catAx")[0];
      const valAx = elements(doc, CHART_NS, "valAx")[0];
      expect(texts(catAx, DRAWING_NS, "t")).toEqual(["Grade"]);
      expect(texts(valAx, DRAWING_NS, "t")).toEqual(["Customers"]);
      expect(vals(catAx, CHART_NS, "tickLblPos")).toEqual(["low"]);
      expect(elements(valAx, CHART_NS, "numFmt")[0].getAttribute("formatCode")).toBe(
        '#,##0.0,,"M"'
      );
      // CT_ValAx order: the title comes after the gridlines and before the number format.
      const names = childNames(valAx);
      expect(names.indexOf("title")).toBeGreaterThan(names.indexOf("majorGridlines"));
      expect(names.indexOf("title")).toBeLessThan(names.indexOf("numFmt"));
    }
  });

  it("gives the Pareto's value axis its title and millions, and leaves the share axis in percent", () => {
    const spec = sampleSpec({
      series: [
        { ...sampleSpec().series[0], as: "column", axis: "primary" },
        { ...sampleSpec().series[0], name: "Cumulative", as: "line", axis: "secondary" },
      ],
      axes: {
        valueTitle: "Value (CNY, millions)",
        valueFormat: '#,##0.0,,"M"',
        categoryLabelsLow: true,
      },
    });
    const doc = parseXml(paretoChartXml(spec));
    const [primary, secondary] = elements(doc, CHART_NS, "valAx");
    expect(texts(primary, DRAWING_NS, "t")).toEqual(["Value (CNY, millions)"]);
    expect(elements(primary, CHART_NS, "numFmt")[0].getAttribute("formatCode")).toBe(
      '#,##0.0,,"M"'
    );
    expect(elements(secondary, CHART_NS, "numFmt")[0].getAttribute("formatCode")).toBe("0%");
    expect(vals(elements(doc, CHART_NS, "catAx")[0], CHART_NS, "tickLblPos")).toEqual(["low"]);
  });

  it("colours doughnut slices as planned", () => {
    const doc = parseXml(doughnutChartXml(coloured));
    expect(elements(doc, CHART_NS, "dPt").map((p) => vals(p, DRAWING_NS, "srgbClr")[0])).toEqual([
      "5B9B45",
      "F2B134",
      "C0504D",
    ]);
  });

  it("writes no labels, point colours or axis titles when none are planned", () => {
    const doc = parseXml(columnChartXml(sampleSpec()));
    expect(elements(doc, CHART_NS, "dPt")).toHaveLength(0);
    expect(elements(doc, CHART_NS, "dLbls")).toHaveLength(0);
    expect(elements(doc, CHART_NS, "title")).toHaveLength(1);
  });
});
