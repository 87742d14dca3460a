import { jsonNumber, jsonString } from "./json-text";

describe("jsonString", () => {
  it("writes exactly what JSON.stringify writes", () => {
    const texts = [
      "",
      "C0000001",
      "客户1有限公司",
      'say "hi"',
      "back\\slash",
      "tab\there",
      "line\nbreak\r",
      "\u0000\u0001\u001f\u007f",
      "=SUM(A1:A9)",
      "+86 138 0000 0000",
      "emoji \u{1F600} pair",
      "lone \ud800 high",
      "lone \udc00 low",
      "\u2028\u2029",
      "</script>",
    ];
    for (const t of texts) expect(jsonString(t)).toBe(JSON.stringify(t));
    expect(jsonString(null)).toBe("null");
  });
});

describe("jsonNumber", () => {
  it("writes exactly what JSON.stringify writes", () => {
    const values = [0, -0, 1, -1.5, 0.1 + 0.2, 1e21, 1e-7, 1.7e308, -1.7e308, 2 ** 53 + 2, NaN];
    for (const v of [...values, Infinity, -Infinity]) expect(jsonNumber(v)).toBe(JSON.stringify(v));
    expect(jsonNumber(null)).toBe("null");
  });
});
