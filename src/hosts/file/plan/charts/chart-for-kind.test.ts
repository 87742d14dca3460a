import { chartXmlForKind } from "./chart-for-kind";
import { CHART_NS } from "./chart-xml";
import { elements, parseXml, vals } from "../xml-check.test-helper";
import { sampleSpec } from "./test-specs.test-helper";

describe("chartXmlForKind", () => {
  it("builds the chart type of each kind", () => {
    const line = { ...sampleSpec().series[0], as: "line" as const };
    const spec = sampleSpec({ series: [sampleSpec().series[0], line] });
    expect(vals(parseXml(chartXmlForKind("column", spec)), CHART_NS, "barDir")).toEqual(["col"]);
    expect(vals(parseXml(chartXmlForKind("bar", spec)), CHART_NS, "barDir")).toEqual(["bar"]);
    expect(
      elements(parseXml(chartXmlForKind("doughnut", spec)), CHART_NS, "doughnutChart")
    ).toHaveLength(1);
    expect(elements(parseXml(chartXmlForKind("pareto", spec)), CHART_NS, "lineChart")).toHaveLength(
      1
    );
  });
});
