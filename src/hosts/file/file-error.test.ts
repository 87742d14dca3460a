import {
  FileReadError,
  fileErrorMessages,
  isFileReadError,
  type FileReadErrorCode,
} from "./file-error";

const codes: FileReadErrorCode[] = [
  "empty-file",
  "not-a-workbook",
  "encrypted",
  "corrupt",
  "unsupported-type",
  "not-found",
  "too-large",
  "unreadable",
];

describe("FileReadError", () => {
  it.each(codes)("%s has a message in both languages naming the file", (code) => {
    const error = new FileReadError(code, "客户档案.xlsx");
    expect(error.code).toBe(code);
    expect(error.messages["zh-CN"]).toContain("客户档案.xlsx");
    expect(error.messages["en-US"]).toContain("客户档案.xlsx");
    expect(error.message).toBe(error.messages["en-US"]);
    expect(error).toBeInstanceOf(Error);
    expect(isFileReadError(error)).toBe(true);
  });

  it("names sheet, row and column where given", () => {
    const m = fileErrorMessages("corrupt", "a.xlsx", {
      sheet: "客户",
      row: 12,
      column: "C",
      reason: "bad xml",
    });
    expect(m["en-US"]).toBe(
      'The file "a.xlsx" (sheet "客户", row 12, column C) is damaged and cannot be read: bad xml'
    );
    expect(m["zh-CN"]).toContain("工作表“客户”，第 12 行，C 列");
  });

  it("keeps only the first line of a library reason, never a stack", () => {
    const m = fileErrorMessages("corrupt", "a.xlsx", {
      reason: "End of data reached\n    at Object.foo (x.js:1:2)",
    });
    expect(m["en-US"]).toContain("End of data reached");
    expect(m["en-US"]).not.toContain("x.js");
  });

  it("tells a .xls user to save as .xlsx", () => {
    const m = fileErrorMessages("unsupported-type", "old.xls", { extension: ".xls" });
    expect(m["en-US"]).toContain("Save it as .xlsx");
    expect(m["zh-CN"]).toContain("另存为 .xlsx");
  });

  it("tells an encrypted-file user to remove the password", () => {
    const m = fileErrorMessages("encrypted", "p.xlsx");
    expect(m["en-US"]).toContain("remove the password");
    expect(m["zh-CN"]).toContain("删除密码");
  });

  it("does not take a plain Error for a FileReadError", () => {
    expect(isFileReadError(new Error("x"))).toBe(false);
    expect(isFileReadError("x")).toBe(false);
  });
});
