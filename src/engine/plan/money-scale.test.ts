import { moneyScale } from "./money-scale";
import { FORMATS } from "./workbook-plan";

describe("moneyScale", () => {
  it("shows millions from 1,000,000 in size, negative amounts included", () => {
    expect(moneyScale([120, -5_000_000, null])).toEqual({ unit: "M", format: FORMATS.millions });
  });
  it("shows thousands from 10,000 and whole amounts below", () => {
    expect(moneyScale([10_000, 3])).toEqual({ unit: "k", format: FORMATS.thousands });
    expect(moneyScale([9_999.5])).toEqual({ unit: "", format: FORMATS.wholeMoney });
    expect(moneyScale([])).toEqual({ unit: "", format: FORMATS.wholeMoney });
  });
});
