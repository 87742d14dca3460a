import { forExcelJs } from "./exceljs-bytes";

describe("forExcelJs", () => {
  it("gives a whole array's own buffer, and a copy of only the viewed bytes otherwise", () => {
    const whole = new Uint8Array([1, 2, 3]);
    expect(forExcelJs(whole)).toBe(whole.buffer);
    const view = whole.subarray(1);
    const copy = forExcelJs(view);
    expect(copy).not.toBe(whole.buffer);
    expect([...new Uint8Array(copy)]).toEqual([2, 3]);
  });
});
