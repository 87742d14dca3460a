import { countHeaderFields } from "./count-header-fields";
import { buildHeaderMatcher } from "./match-header";
import { customerTemplate, testField, testTemplate } from "./test-template";

const match = buildHeaderMatcher(customerTemplate());

describe("countHeaderFields", () => {
  it("counts distinct fields, not columns", () => {
    expect(countHeaderFields(["编号", "客户编号", "名称", "客户名称", null, "备注"], match)).toBe(
      2
    );
  });

  it("reads numbers and dates in a header as their text", () => {
    const m = buildHeaderMatcher(testTemplate([testField("2024")]));
    expect(countHeaderFields([2024], m)).toBe(1);
  });
});
