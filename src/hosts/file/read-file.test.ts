import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FileReadError } from "./file-error";
import { readWorkbookFile } from "./read-file";

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tiersheet-read-file-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function put(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

async function xlsxBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("客户").getCell("A1").value = "客户编号";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function failure(file: string, options = {}): Promise<FileReadError> {
  try {
    await readWorkbookFile(file, options);
  } catch (error) {
    if (error instanceof FileReadError) return error;
    throw error;
  }
  throw new Error("expected a FileReadError");
}

const OLE2 = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

describe("readWorkbookFile", () => {
  it("reads .xlsx and .xlsm files as workbooks", async () => {
    const bytes = await xlsxBytes();
    for (const name of ["a.xlsx", "b.XLSM"]) {
      const workbook = await readWorkbookFile(put(name, bytes));
      expect(workbook.source).toBe(name);
      expect(workbook.sheets[0].rows).toEqual([["客户编号"]]);
    }
  });

  it("reads a workbook by its content whatever its extension says", async () => {
    const workbook = await readWorkbookFile(put("renamed.csv", await xlsxBytes()));
    expect(workbook.sheets[0].name).toBe("客户");
  });

  it("reads .csv, .tsv and .txt as delimited text", async () => {
    expect((await readWorkbookFile(put("a.csv", "x,y\n1,2\n"))).sheets[0]).toMatchObject({
      name: "a",
      ragged: true,
    });
    expect((await readWorkbookFile(put("b.tsv", "x\ty\n"))).sheets[0].rows).toEqual([["x", "y"]]);
    expect((await readWorkbookFile(put("c.txt", " 1 2\n"))).sheets[0].rows).toEqual([["1", "2"]]);
  });

  it("refuses .xls saying to save as .xlsx", async () => {
    const error = await failure(put("old.xls", OLE2));
    expect(error.code).toBe("unsupported-type");
    expect(error.messages["en-US"]).toContain("Save it as .xlsx");
  });

  it("takes an OLE2 .xlsx for a password-protected one", async () => {
    expect((await failure(put("locked.xlsx", OLE2))).code).toBe("encrypted");
  });

  it("refuses a text file named .xlsx", async () => {
    expect((await failure(put("fake.xlsx", "hello"))).code).toBe("not-a-workbook");
  });

  it("refuses unknown types", async () => {
    const error = await failure(put("a.pdf", "%PDF"));
    expect(error.code).toBe("unsupported-type");
    expect(error.messages["en-US"]).toContain(".pdf");
  });

  it("reports a missing file as not-found", async () => {
    const error = await failure(path.join(dir, "nope.xlsx"));
    expect(error.code).toBe("not-found");
    expect(error.messages["zh-CN"]).toContain("nope.xlsx");
  });

  it("reports a zero-byte file as empty", async () => {
    expect((await failure(put("zero.csv", ""))).code).toBe("empty-file");
    expect((await failure(put("zero.xlsx", ""))).code).toBe("empty-file");
  });

  it("refuses a file over the size limit before reading it", async () => {
    const error = await failure(put("big.csv", "a,b\n1,2\n"), { maxTextBytes: 4 });
    expect(error.code).toBe("too-large");
  });

  it("reports a directory as unreadable", async () => {
    fs.mkdirSync(path.join(dir, "folder.csv"));
    expect((await failure(path.join(dir, "folder.csv"))).code).toBe("unreadable");
  });
});
