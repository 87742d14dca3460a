import { valueMeasure as measureOfColumns, type ValueColumns } from "./value-measure";

type Figures = [number | null, number | null, number | null];
const c = (...figures: Figures): Figures => figures;
const column = (list: Figures[], at: number) =>
  Float64Array.from(list, (figures) => figures[at] ?? NaN);
/** The figures of each customer as the value columns (null as NaN). */
const valueMeasure = (list: Figures[], present: ReadonlySet<string> | readonly string[]) => {
  const columns: ValueColumns = {
    size: list.length,
    gross_profit: column(list, 0),
    service_cost: column(list, 1),
    sales_amount: column(list, 2),
  };
  const { measure, values } = measureOfColumns(columns, present);
  return { measure, values: Array.from(values, (v) => (Number.isNaN(v) ? null : v)) };
};
const ALL = ["gross_profit", "service_cost", "sales_amount"];

describe("valueMeasure", () => {
  it("uses gross profit less service cost when both hold data; an empty service cost counts 0", () => {
    const r = valueMeasure([c(100, 30, 1000), c(50, null, 500)], ALL);
    expect(r.measure).toBe("gross_profit_less_service_cost");
    expect(r.values).toEqual([70, 50]);
  });

  it("leaves a customer without gross profit unranked", () => {
    const r = valueMeasure([c(100, 30, 1000), c(null, 10, 500)], ALL);
    expect(r.values).toEqual([70, null]);
  });

  it("falls back to gross profit when service cost is absent or holds no data", () => {
    expect(valueMeasure([c(100, null, 1000)], ALL).measure).toBe("gross_profit");
    const r = valueMeasure([c(100, 30, 1000)], ["gross_profit", "sales_amount"]);
    expect(r.measure).toBe("gross_profit");
    expect(r.values).toEqual([100]);
  });

  it("falls back to sales when gross profit is absent or empty", () => {
    const r = valueMeasure([c(null, 30, 1000), c(null, null, null)], ALL);
    expect(r.measure).toBe("sales_amount");
    expect(r.values).toEqual([1000, null]);
    expect(valueMeasure([c(5, null, 1000)], new Set(["sales_amount"])).measure).toBe(
      "sales_amount"
    );
  });

  it("reports none when no measure has data", () => {
    const r = valueMeasure([c(null, null, null)], ALL);
    expect(r).toEqual({ measure: "none", values: [null] });
    expect(valueMeasure([], ALL).measure).toBe("none");
  });

  it("keeps a negative gross profit (a loss) as a value", () => {
    expect(valueMeasure([c(-20, 5, 10)], ALL).values).toEqual([-25]);
  });
});
