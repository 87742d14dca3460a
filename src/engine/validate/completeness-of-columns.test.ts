import { recordsOf } from "../table/records.test-helper";
import { ENTERPRISE_TEMPLATE } from "../template/enterprise";
import type { Template } from "../template/types";
import { completenessOfColumns } from "./completeness-of-columns";
import { completenessScorer } from "./completeness-scorer";
import { recordColumns } from "./record-columns";
import { buildTable, invalid } from "./test-table";

describe("completenessOfColumns", () => {
  const table = buildTable({
    template: ENTERPRISE_TEMPLATE,
    header: ["客户编号", "客户名称", "投诉次数", "累计销售额", "资产总额", "备注"],
    rows: [
      ["C1", "甲", 0, 100, 5, "x"],
      ["C2", null, null, invalid("abc", "not-a-number"), null],
      [],
      ["C3", { error: "#N/A" }, 1, null, 7],
    ],
  });

  it("gives each data record exactly what completenessScorer gives it", () => {
    const score = completenessScorer(ENTERPRISE_TEMPLATE);
    const scores = completenessOfColumns(ENTERPRISE_TEMPLATE, recordColumns(table));
    expect([...scores]).toEqual(recordsOf(table).map(score));
    expect(scores[0]).toBeGreaterThan(scores[1]);
  });

  it("gives 0 when no part weighs anything", () => {
    const template: Template = {
      ...ENTERPRISE_TEMPLATE,
      partWeights: { basic: 0, credit: 0, transactions: 0, returns: 0 },
    };
    expect([...completenessOfColumns(template, recordColumns(table))]).toEqual([0, 0, 0]);
  });
});
