import { headerRepeatDetector } from "./header-repeat-detector";
import { buildHeaderMatcher } from "./match-header";
import { getBuiltinTemplate } from "../template/builtin";

const match = buildHeaderMatcher(getBuiltinTemplate("enterprise")!);
const columns = { customer_id: 0, name: 1, sales_amount: 2 };

describe("headerRepeatDetector", () => {
  const repeats = headerRepeatDetector(columns, match);

  it("knows the header again, in either language or with an alias", () => {
    expect(repeats(["客户编号", "客户名称", "累计销售额"])).toBe(true);
    expect(repeats(["Customer ID", "Customer name", "Total sales"])).toBe(true);
    expect(repeats(["编号", "公司名称", "销售额"])).toBe(true);
  });

  it("takes a customer row for a customer, even one whose id or name looks like a title", () => {
    expect(repeats(["C001", "甲公司", 100])).toBe(false);
    expect(repeats(["客户编号", "甲公司", 100])).toBe(false);
    expect(repeats([null, "客户名称", "累计销售额"])).toBe(false);
    expect(repeats([])).toBe(false);
  });

  it("needs every column of a header with fewer than 3 fields", () => {
    const two = headerRepeatDetector({ customer_id: 0, name: 1 }, match);
    expect(two(["客户编号", "客户名称"])).toBe(true);
    expect(two(["客户编号", "甲"])).toBe(false);
    expect(headerRepeatDetector({}, match)(["客户编号"])).toBe(false);
  });
});
