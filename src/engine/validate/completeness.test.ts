import { recordsOf } from "../table/records.test-helper";
import { testField, testTemplate } from "../table/test-template";
import { ENTERPRISE_TEMPLATE } from "../template/enterprise";
import { TRANSACTIONS_TEMPLATE } from "../template/transactions";
import { completeness, DEFAULT_PART_WEIGHTS } from "./completeness";
import { buildTable, invalid } from "./test-table";

function scoreOf(
  template: Parameters<typeof completeness>[1],
  header: string[],
  row: Parameters<typeof buildTable>[0]["rows"][number]
): number {
  const table = buildTable({ template, header, rows: [row] });
  // A row filling nothing is no record: its cells are all empty.
  return completeness(recordsOf(table)[0] ?? { cells: {} }, template);
}

describe("completeness", () => {
  it("weights the enterprise parts 40/30/20/10 and fields equally inside a part", () => {
    expect(DEFAULT_PART_WEIGHTS).toEqual({ basic: 40, credit: 30, transactions: 20, returns: 10 });
    // 2 of 15 basic fields: 0.4 x 2/15.
    expect(scoreOf(ENTERPRISE_TEMPLATE, ["客户编号", "客户名称"], ["C1", "甲"])).toBeCloseTo(
      0.4 * (2 / 15),
      12
    );
    // Plus 1 of 3 returns fields: + 0.1 x 1/3.
    expect(
      scoreOf(ENTERPRISE_TEMPLATE, ["客户编号", "客户名称", "投诉次数"], ["C1", "甲", 0])
    ).toBeCloseTo(0.4 * (2 / 15) + 0.1 / 3, 12);
  });

  it("is 1 for a record filling every field, 0 for none", () => {
    const all = ENTERPRISE_TEMPLATE.fields.map((f) => f.name);
    expect(
      scoreOf(
        ENTERPRISE_TEMPLATE,
        all,
        all.map(() => 1)
      )
    ).toBeCloseTo(1, 12);
    expect(
      scoreOf(
        ENTERPRISE_TEMPLATE,
        all,
        all.map(() => null)
      )
    ).toBe(0);
  });

  it("counts an unreadable value as filled and an Excel error as empty", () => {
    const t = testTemplate([
      testField("a"),
      testField("b"),
      testField("c", "number"),
      testField("d"),
    ]);
    expect(
      scoreOf(
        t,
        ["a", "b", "c", "d"],
        ["x", { error: "#N/A" }, invalid("many", "not-a-number"), null]
      )
    ).toBe(0.5);
  });

  it("counts a field without a column as not filled", () => {
    const t = testTemplate([testField("a"), testField("b")]);
    expect(scoreOf(t, ["a"], ["x"])).toBe(0.5);
  });

  it("renormalises the part weights over the parts the template has", () => {
    const t = testTemplate([
      testField("a", "string", { part: "basic" }),
      testField("b", "string", { part: "transactions" }),
    ]);
    // basic 40, transactions 20: filling only b gives 20 / 60.
    expect(scoreOf(t, ["a", "b"], [null, "y"])).toBeCloseTo(1 / 3, 12);
    expect(
      scoreOf(TRANSACTIONS_TEMPLATE, ["customer_id", "order_date", "amount"], ["1", 1, 2])
    ).toBeCloseTo(0.5, 12);
  });

  it("uses field weights inside a part and the template's part weights", () => {
    const t = testTemplate([
      testField("a", "string", { part: "basic", weight: 3 }),
      testField("b", "string", { part: "basic" }),
      testField("c", "string", { part: "credit" }),
    ]);
    expect(scoreOf(t, ["a", "b", "c"], ["x", null, null])).toBeCloseTo((40 * 0.75) / 70, 12);
    expect(
      scoreOf({ ...t, partWeights: { basic: 10, credit: 90 } }, ["a", "b", "c"], [null, null, "z"])
    ).toBeCloseTo(0.9, 12);
    expect(
      scoreOf({ ...t, partWeights: { basic: 0, credit: 0 } }, ["a", "b", "c"], ["x", "y", "z"])
    ).toBe(0);
  });
});
