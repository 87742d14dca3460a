import type { PlanChartKind } from "../../../../engine/plan/workbook-plan";
import { barChartXml } from "./bar-chart";
import type { ChartSpec } from "./chart-spec";
import { columnChartXml } from "./column-chart";
import { doughnutChartXml } from "./doughnut-chart";
import { lineChartXml } from "./line-chart";
import { paretoChartXml } from "./pareto-chart";

const BUILDERS: Record<PlanChartKind, (spec: ChartSpec) => string> = {
  column: columnChartXml,
  bar: barChartXml,
  doughnut: doughnutChartXml,
  pareto: paretoChartXml,
  line: lineChartXml,
};

/** The chart part's XML for a planned chart kind. */
export function chartXmlForKind(kind: PlanChartKind, spec: ChartSpec): string {
  return BUILDERS[kind](spec);
}
