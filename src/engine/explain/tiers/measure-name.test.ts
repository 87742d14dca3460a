import { measureName } from "./measure-name";

describe("measureName", () => {
  it("names each measure in both languages", () => {
    expect(measureName("gross_profit")).toEqual({ "zh-CN": "毛利", "en-US": "gross profit" });
    expect(measureName("sales_amount")["zh-CN"]).toBe("销售额");
    expect(measureName("gross_profit_less_service_cost")["en-US"]).toContain("cost to serve");
  });
});
