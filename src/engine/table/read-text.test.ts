import { isPlainText, isPlainTextField, readText } from "./read-text";
import { testField } from "./test-template";

const name = testField("name");
const risk = testField("industry_risk", "string", {
  constraints: { enum: ["低", "中", "高"] },
  enumSynonyms: { 低: ["low"], 中: ["medium"], 高: ["high"] },
});

describe("readText", () => {
  it("reads text as typed", () => {
    expect(readText("上海某某有限公司", name)).toEqual({
      raw: "上海某某有限公司",
      status: "ok",
      value: "上海某某有限公司",
    });
    expect(readText("第一行\n第二行", name)).toMatchObject({
      status: "ok",
      value: "第一行\n第二行",
    });
    expect(readText("王\u3000伟", name)).toMatchObject({ status: "ok" });
  });

  it("fixes leading, trailing and doubled inner spaces", () => {
    expect(readText("  上海  某某 ", name)).toEqual({
      raw: "  上海  某某 ",
      status: "fixed",
      value: "上海 某某",
      fix: { value: "上海 某某", reading: "spaces" },
    });
    expect(readText("a\u3000\u3000b", name)).toMatchObject({ status: "fixed", value: "a b" });
  });

  it("reads a number as its text: no .0, no exponent, zeros kept for ids up to 15 digits", () => {
    expect(readText(1001, name)).toEqual({ raw: 1001, status: "ok", value: "1001" });
    expect(readText(123456789012345, name)).toMatchObject({
      status: "ok",
      value: "123456789012345",
    });
    expect(readText(12.5, name)).toMatchObject({ value: "12.5" });
    expect(readText(NaN, name)).toMatchObject({ status: "invalid" });
  });

  it("reads a Date as ISO text and a boolean as Excel shows it", () => {
    expect(readText(new Date(Date.UTC(2024, 2, 5)), name)).toMatchObject({
      status: "ok",
      value: "2024-03-05",
    });
    expect(readText(true, name)).toMatchObject({ status: "ok", value: "TRUE" });
    expect(readText(new Date(NaN), name)).toMatchObject({ status: "invalid" });
  });

  it("reads enum spellings and synonyms as the canonical value, ok", () => {
    expect(readText("高", risk)).toEqual({ raw: "高", status: "ok", value: "高" });
    expect(readText("High", risk)).toEqual({ raw: "High", status: "ok", value: "高" });
    expect(readText(" low ", risk)).toEqual({ raw: " low ", status: "ok", value: "低" });
  });

  it("keeps an unknown enum value's text for the constraint check", () => {
    expect(readText("极高", risk)).toEqual({ raw: "极高", status: "ok", value: "极高" });
    expect(readText(" 极高", risk)).toMatchObject({ status: "fixed", value: "极高" });
  });

  it("reads empty cells and Excel errors", () => {
    expect(readText(" ", name).status).toBe("empty");
    expect(readText({ error: "#N/A" }, name).status).toBe("error");
  });
});

describe("isPlainText", () => {
  it("says yes only where readText reads the text itself, ok, without a fix", () => {
    const texts = [
      "C0000001",
      "上海 华信",
      "第一行\n第二行",
      "",
      " ",
      " a",
      "a ",
      "a  b",
      "a\u3000\u3000b",
    ];
    texts.push(
      "\u00a0a",
      "a\t",
      "\ufeffa",
      "#N/A",
      "=1+1",
      "12",
      "a \u00a0b",
      "a\u3000 b",
      "a b c"
    );
    for (const text of texts) {
      const cell = readText(text, name);
      const plain = cell.status === "ok" && cell.value === text && cell.fix === undefined;
      expect([text, isPlainText(text)]).toEqual([text, plain]);
    }
  });

  it("is for plain string fields only: no format, no enum", () => {
    expect(isPlainTextField(name)).toBe(true);
    expect(isPlainTextField(risk)).toBe(false);
    expect(isPlainTextField(testField("phone", "string", { format: "phone" }))).toBe(false);
    expect(isPlainTextField(testField("vip", "boolean"))).toBe(false);
  });
});
