import { buildXlsx } from "../hosts/file/build-xlsx";
import { withAsOfProperty } from "../hosts/file/xlsx/as-of-property";
import { recordedAsOf } from "./recorded-as-of";

describe("recordedAsOf: the date a workbook was made for, read when the pane opens it", () => {
  it("reads the date a sample recorded, and nothing from a workbook without one or a CSV", async () => {
    const plain = await buildXlsx({ sheets: [{ name: "客户档案", rows: [["客户编号"], ["C1"]] }] });
    const sample = withAsOfProperty(plain, "2026-11-01");
    expect(recordedAsOf(sample, "sample.xlsx")).toBe("2026-11-01");
    expect(recordedAsOf(plain, "customers.xlsx")).toBeNull();
    expect(recordedAsOf(sample, "customers.csv")).toBeNull();
    expect(recordedAsOf(new Uint8Array([1, 2, 3]), "broken.xlsx")).toBeNull();
  });
});
