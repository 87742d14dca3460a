import { recordsOf } from "../table/records.test-helper";
import { ENTERPRISE_TEMPLATE } from "../template/enterprise";
import { TRANSACTIONS_TEMPLATE } from "../template/transactions";
import type { Template } from "../template/types";
import { completeness } from "./completeness";
import { completenessScorer } from "./completeness-scorer";
import { buildTable, invalid } from "./test-table";

describe("completenessScorer", () => {
  const table = buildTable({
    template: ENTERPRISE_TEMPLATE,
    header: ["客户编号", "客户名称", "投诉次数", "累计销售额", "资产总额"],
    rows: [
      ["C1", "甲", 0, 100, 5],
      ["C2", null, null, "abc", null],
      ["C3", { error: "#N/A" }, 1, null, 7],
    ],
  });

  it("scores each record exactly as completeness does", () => {
    const score = completenessScorer(ENTERPRISE_TEMPLATE);
    for (const r of recordsOf(table)) expect(score(r)).toBe(completeness(r, ENTERPRISE_TEMPLATE));
  });

  it("counts an unreadable cell as filled and an Excel error as empty", () => {
    const score = completenessScorer(ENTERPRISE_TEMPLATE);
    const built = buildTable({
      template: ENTERPRISE_TEMPLATE,
      header: ["客户编号", "客户名称", "累计销售额"],
      rows: [
        ["C1", "甲", 100],
        ["C2", "乙", invalid("abc", "not-a-number")],
        ["C3", { error: "#N/A" }, null],
        ["C4", null, null],
      ],
    });
    const rows = recordsOf(built);
    expect(score(rows[1])).toBe(score(rows[0]));
    expect(score(rows[2])).toBe(score(rows[3]));
    expect(score(rows[3])).toBeLessThan(score(rows[0]));
  });

  it("gives 0 when no part weighs anything, and uses the template's part weights", () => {
    const none: Template = {
      ...TRANSACTIONS_TEMPLATE,
      partWeights: { basic: 0, credit: 0, transactions: 0, returns: 0 },
    };
    expect(completenessScorer(none)(recordsOf(table)[0])).toBe(0);
    const onlyReturns: Template = {
      ...ENTERPRISE_TEMPLATE,
      partWeights: { basic: 0, credit: 0, transactions: 0, returns: 1 },
    };
    expect(completenessScorer(onlyReturns)(recordsOf(table)[0])).toBeCloseTo(1 / 3, 12);
  });
});
