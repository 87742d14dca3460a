import { TRANSACTIONS_TEMPLATE } from "../template/transactions";
import { sheetFromRecords } from "./sheet-from-records";

describe("sheetFromRecords", () => {
  it("puts a merged title, a blank row, the zh-CN header and records in field order", () => {
    const sheet = sheetFromRecords("交易明细", "交易明细 2026-11-01", TRANSACTIONS_TEMPLATE, [
      { order_id: "SO1", customer_id: "C1" },
    ]);
    expect(sheet).toEqual({
      name: "交易明细",
      merges: ["A1:F1"],
      rows: [
        ["交易明细 2026-11-01"],
        [],
        ["客户编号", "订单号", "交易日期", "交易金额", "利润", "数量"],
        ["C1", "SO1", null, null, null, null],
      ],
    });
  });
});
