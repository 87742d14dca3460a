import type { Finding } from "../engine/validate/finding";
import { fixCells } from "./fix-cells";

const f = (over: Partial<Finding>): Finding => ({
  row: 5,
  column: "C",
  field: "sales_amount",
  code: "format-fix",
  severity: "info",
  params: {},
  fix: 1234.5,
  ...over,
});

describe("fixCells", () => {
  it("lists each fixable cell once with its address and value", () => {
    const cells = fixCells([
      f({}),
      f({ code: "type-error", fix: 99 }),
      f({ row: 6, column: "D", fix: "2024-03-05" }),
    ]);
    expect(cells.map((c) => [c.address, c.value])).toEqual([
      ["C5", 1234.5],
      ["D6", "2024-03-05"],
    ]);
  });

  it("leaves out findings without a fix or without a cell", () => {
    expect(fixCells([f({ fix: null }), f({ row: null }), f({ column: null })])).toEqual([]);
  });

  it("keeps false and 0 as fixes", () => {
    expect(fixCells([f({ fix: false }), f({ row: 7, fix: 0 })]).map((c) => c.value)).toEqual([
      false,
      0,
    ]);
  });
});
