import type { CellValue } from "./cell";
import { pickSheet } from "./pick-sheet";
import type { SheetData } from "./sheet";
import { customerTemplate } from "./test-template";

const template = customerTemplate();
const three: CellValue[] = ["客户编号", "客户名称", "电话"];
const four: CellValue[] = ["客户编号", "客户名称", "电话", "邮箱"];

function s(name: string, header: CellValue[] | null, hidden = false): SheetData {
  return { name, hidden, rows: header ? [header, ["C1", "甲", "13800138000"]] : [["说明"], ["x"]] };
}

describe("pickSheet", () => {
  const workbook = {
    sheets: [s("说明", null), s("Customers", three), s("客户档案", four), s("备份", four)],
  };

  it("takes a named sheet by exact name, then ignoring case", () => {
    expect(pickSheet(workbook, template, "说明")?.name).toBe("说明");
    expect(pickSheet(workbook, template, "customers")?.name).toBe("Customers");
    const both = { sheets: [s("DATA", null), s("data", null)] };
    expect(pickSheet(both, template, "data")?.name).toBe("data");
    expect(pickSheet(both, template, "Data")?.name).toBe("DATA");
  });

  it("gives null for a name no sheet has", () => {
    expect(pickSheet(workbook, template, "交易明细")).toBeNull();
  });

  it("takes the sheet whose header names the most fields, the earliest on a tie", () => {
    expect(pickSheet(workbook, template)?.name).toBe("客户档案");
  });

  it("prefers any visible sheet with a header to a hidden one with a better header", () => {
    const wb = { sheets: [s("hidden", four, true), s("visible", three)] };
    expect(pickSheet(wb, template)?.name).toBe("visible");
  });

  it("takes a hidden sheet when no visible sheet has a header", () => {
    const wb = { sheets: [s("说明", null), s("hidden", three, true)] };
    expect(pickSheet(wb, template)?.name).toBe("hidden");
  });

  it("falls back to the first visible sheet when no sheet has a header, null when there are none", () => {
    expect(pickSheet({ sheets: [s("a", null, true), s("b", null)] }, template)?.name).toBe("b");
    expect(pickSheet({ sheets: [s("a", null, true)] }, template)?.name).toBe("a");
    expect(pickSheet({ sheets: [] }, template)).toBeNull();
  });
});
