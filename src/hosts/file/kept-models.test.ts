import ExcelJS from "exceljs";
import { keepModel, takeModel } from "./kept-models";

describe("kept ExcelJS models", () => {
  it("hands a kept model out once, for the same bytes object only", () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const model = new ExcelJS.Workbook();
    keepModel(bytes, model);
    expect(takeModel(new Uint8Array([1, 2, 3]))).toBeUndefined();
    expect(takeModel(bytes)).toBe(model);
    expect(takeModel(bytes)).toBeUndefined();
  });
});
