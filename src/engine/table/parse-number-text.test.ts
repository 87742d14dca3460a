import { parseNumberText } from "./parse-number-text";

describe("parseNumberText", () => {
  it("reads plain decimal text without a reading (CSV cells are all text)", () => {
    expect(parseNumberText("1234")).toEqual({ value: 1234, reading: null });
    expect(parseNumberText("-5.5")).toEqual({ value: -5.5, reading: null });
    expect(parseNumberText("+3")).toEqual({ value: 3, reading: null });
    expect(parseNumberText(".5")).toEqual({ value: 0.5, reading: null });
    expect(parseNumberText("1e-7")).toEqual({ value: 1e-7, reading: null });
    expect(parseNumberText("007")).toEqual({ value: 7, reading: null });
  });

  it("reads -0 as 0", () => {
    expect(Object.is(parseNumberText("-0")?.value, 0)).toBe(true);
    expect(Object.is(parseNumberText("(0)")?.value, 0)).toBe(true);
  });

  it("reads thousands separators", () => {
    expect(parseNumberText("1,234.50")).toEqual({ value: 1234.5, reading: "thousands-separator" });
    expect(parseNumberText("-1,234,567")).toEqual({
      value: -1234567,
      reading: "thousands-separator",
    });
  });

  it("rejects commas that are not thousands groups", () => {
    expect(parseNumberText("1,5")).toBeNull();
    expect(parseNumberText("12,34")).toBeNull();
    expect(parseNumberText("1,2345")).toBeNull();
    expect(parseNumberText(",123")).toBeNull();
  });

  it("reads currency signs and units before or after", () => {
    expect(parseNumberText("¥1,234")).toEqual({ value: 1234, reading: "currency-symbol" });
    expect(parseNumberText("$99.9")).toEqual({ value: 99.9, reading: "currency-symbol" });
    expect(parseNumberText("RMB 500")).toEqual({ value: 500, reading: "currency-symbol" });
    expect(parseNumberText("500rmb")).toEqual({ value: 500, reading: "currency-symbol" });
    expect(parseNumberText("1234元")).toEqual({ value: 1234, reading: "currency-symbol" });
    expect(parseNumberText("-¥5")).toEqual({ value: -5, reading: "currency-symbol" });
    expect(parseNumberText("¥-5")).toEqual({ value: -5, reading: "currency-symbol" });
  });

  it("reads a full-width yen sign and full-width digits", () => {
    expect(parseNumberText("￥1,234")).toEqual({ value: 1234, reading: "currency-symbol" });
    expect(parseNumberText("１２３")).toEqual({ value: 123, reading: "full-width" });
    expect(parseNumberText("－１２．５")).toEqual({ value: -12.5, reading: "full-width" });
  });

  it("multiplies by 10,000 for 万, with or without 元", () => {
    expect(parseNumberText("1.2万")).toEqual({ value: 12000, reading: "wan" });
    expect(parseNumberText("12万元")).toEqual({ value: 120000, reading: "wan" });
    expect(parseNumberText("¥0.35万")).toEqual({ value: 3500, reading: "wan" });
    expect(parseNumberText("1,200万")).toEqual({ value: 12000000, reading: "wan" });
  });

  it("reads percents exactly", () => {
    expect(parseNumberText("12%")).toEqual({ value: 0.12, reading: "percent" });
    expect(parseNumberText("1.1%")).toEqual({ value: 0.011, reading: "percent" });
    expect(parseNumberText("-3％")).toEqual({ value: -0.03, reading: "percent" });
  });

  it("reads accounting negatives", () => {
    expect(parseNumberText("(1,234)")).toEqual({ value: -1234, reading: "text-number" });
    expect(parseNumberText("(¥50)")).toEqual({ value: -50, reading: "text-number" });
    expect(parseNumberText("(-5)")).toBeNull();
  });

  it("reads stray spaces", () => {
    expect(parseNumberText(" 1234 ")).toEqual({ value: 1234, reading: "spaces" });
    expect(parseNumberText("1 234")).toEqual({ value: 1234, reading: "spaces" });
    expect(parseNumberText("12 万")).toEqual({ value: 120000, reading: "wan" });
  });

  it("rejects text that is not a number", () => {
    for (const text of [
      "",
      "abc",
      "0x10",
      "Infinity",
      "NaN",
      "1e400",
      "12.3.4",
      "¥",
      "万",
      "%",
      "1万%",
      "--5",
      "5-",
      "()",
      "1e5万",
    ]) {
      expect(parseNumberText(text)).toBeNull();
    }
  });
});
