import { customerId, prospectCount } from "./make-enterprise-records";

describe("enterprise record helpers", () => {
  it("pads ids so that they sort in order", () => {
    expect(customerId(0, 10)).toBe("C0001");
    expect(customerId(12_344, 20_000)).toBe("C12345");
    expect(customerId(0, 20_000)).toBe("C00001");
  });
  it("makes about 5% prospects, at least one from 10 customers", () => {
    expect(prospectCount(9)).toBe(0);
    expect(prospectCount(10)).toBe(1);
    expect(prospectCount(400)).toBe(20);
  });
});
