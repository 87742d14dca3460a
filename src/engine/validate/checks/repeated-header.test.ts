import { readTable } from "../../table/read-table";
import { getBuiltinTemplate } from "../../template/builtin";
import { customersFromTable } from "../../models/customers-from-table";
import { validateTable } from "../validate";
import { repeatedHeader } from "./repeated-header";
import { formatFinding } from "../../../i18n/findings/format-finding";

const template = getBuiltinTemplate("enterprise")!;
const HEADER = ["客户编号", "客户名称", "累计销售额"];
const sheet = {
  name: "客户档案",
  rows: [HEADER, ["C001", "甲", 100], HEADER, ["C002", "乙", 200], [], ["C003", "丙", 300]],
};

describe("repeatedHeader", () => {
  const table = readTable(sheet, template);

  it("finds the header repeated inside the table, on its own row, as a warning", () => {
    expect(repeatedHeader(table, template, { asOf: 0 as never })).toEqual([
      {
        row: 3,
        column: null,
        field: null,
        code: "repeated-header",
        severity: "warning",
        params: { headerRow: 1 },
        fix: null,
      },
    ]);
  });

  it("is not a blank row, a type error or a customer", () => {
    const report = validateTable(table, template, { asOf: 20_000 as never });
    expect(report.findings.map((f) => [f.row, f.code])).toEqual([
      [3, "repeated-header"],
      [5, "blank-row"],
    ]);
    expect(customersFromTable(table).map((c) => c.customer_id)).toEqual(["C001", "C002", "C003"]);
  });

  it("says so in both languages", () => {
    const [finding] = repeatedHeader(table, template, { asOf: 0 as never });
    expect(formatFinding(finding, "en-US", template)).toBe(
      "Row 3, the row repeats the header (row 1); it is not a customer and is left out"
    );
    expect(formatFinding(finding, "zh-CN", template)).toBe(
      "第 3 行 重复了表头（第 1 行），不是客户，已略过"
    );
  });
});
