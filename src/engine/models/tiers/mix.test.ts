import { customerMix as mixOfColumns, type MixDimension } from "./mix";
import { orderByValue } from "./value-order";

const cust = (region: string | null, industry: string | null = null) => ({
  region,
  industry,
  sales_rep: null,
  legal_form: null,
});

type Row = Record<MixDimension, string | null>;
const customerMix = (rows: Row[], values: (number | null)[], order: Int32Array, topShare: number) =>
  mixOfColumns(rows.length, (dimension, i) => rows[i][dimension], values, order, topShare);

describe("customerMix", () => {
  const customers = [
    cust("华东", "制造"),
    cust("华北", "制造"),
    cust("华东", "零售"),
    cust(null),
    cust(" 华东 "),
  ];
  const values = [600, 300, 100, null, -100];
  const order = orderByValue(values, ["a", "b", "c", "d", "e"]);
  const mix = customerMix(customers, values, order, 0.2);

  it("counts and sums each group, empty keys as their own group", () => {
    expect(mix.byDimension.region).toEqual([
      { key: "华东", count: 3, countShare: 0.6, value: 600, valueShare: 600 / 900 },
      { key: "华北", count: 1, countShare: 0.2, value: 300, valueShare: 300 / 900 },
      { key: null, count: 1, countShare: 0.2, value: 0, valueShare: 0 },
    ]);
    expect(mix.byDimension.industry.map((g) => g.key)).toEqual(["制造", "零售", null]);
    expect(mix.byDimension.sales_rep).toEqual([
      { key: null, count: 5, countShare: 1, value: 900, valueShare: 1 },
    ]);
  });

  it("gives the top 20% of ranked customers' share of the net total", () => {
    // 4 ranked customers: ceil(0.8) = 1 -> the 600 of a net 900.
    expect(mix.topCount).toBe(1);
    expect(mix.topValueShare).toBeCloseTo(600 / 900, 12);
  });

  it("has no value shares when the net total is not positive", () => {
    const m = customerMix([cust("x")], [-5], orderByValue([-5], ["a"]), 0.2);
    expect(m.byDimension.region[0].valueShare).toBeNull();
    expect(m.topValueShare).toBeNull();
  });
});
