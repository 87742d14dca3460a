import { cellAt } from "../table/field-column";
import { ENTERPRISE_TEMPLATE } from "../template/enterprise";
import { isReadable, letterOf, presentFields } from "./field-cells";
import { buildTable, fixed, invalid, ok } from "./test-table";

const T = ENTERPRISE_TEMPLATE;

describe("field-cells", () => {
  const table = buildTable({
    template: T,
    header: ["备注", "客户名称", "客户编号"],
    rows: [["x", "甲", "C1"], [], ["y"]],
  });

  it("lists the template's fields that have a column, in template order, with letters", () => {
    expect(presentFields(table, T).map((p) => [p.field.name, p.index, p.letter])).toEqual([
      ["customer_id", 2, "C"],
      ["name", 1, "B"],
    ]);
    expect(letterOf(table, 27)).toBe("AB");
  });

  it("reads a field the reader left out as empty and skips blank records", () => {
    expect(cellAt(table, "phone", 0)).toEqual({ raw: null, status: "empty", value: null });
    expect(Array.from(table.rows)).toEqual([2, 4]);
  });

  it("calls ok and fixed cells readable, others not", () => {
    expect(
      [
        ok("a", "a"),
        fixed(" a", "a", "a", "spaces"),
        invalid("a", "x"),
        cellAt(table, "phone", 0),
      ].map(isReadable)
    ).toEqual([true, true, false, false]);
  });
});
