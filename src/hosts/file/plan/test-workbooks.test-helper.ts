import ExcelJS from "exceljs";
import JSZip from "jszip";

/** An ExcelJS workbook's bytes. */
export async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Loads bytes back into ExcelJS for assertions. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

/** A user's workbook with a data sheet and their own sheet called "Tiers". */
export async function userWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet("Data");
  data.addRow(["客户编号", "客户名称", "累计销售额"]);
  data.addRow(["C001", "甲公司", 1000]);
  const tiers = workbook.addWorksheet("Tiers");
  tiers.getCell("A1").value = "my own notes";
  tiers.getCell("B2").value = { formula: "1+1", result: 2 };
  return bytesOf(workbook);
}

/** The text of one part of a package. */
export async function partText(bytes: Uint8Array, path: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(path);
  if (!file) throw new Error(`no part ${path}`);
  return file.async("string");
}
