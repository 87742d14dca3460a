import { readNumber } from "./read-number";
import { testField } from "./test-template";

const num = testField("amount", "number");
const int = testField("orders", "integer");

describe("readNumber", () => {
  it("reads a number cell as ok", () => {
    expect(readNumber(1234.5, num)).toEqual({ raw: 1234.5, status: "ok", value: 1234.5 });
    expect(readNumber(-3, int)).toEqual({ raw: -3, status: "ok", value: -3 });
  });

  it("reads plain decimal text as ok, so a CSV is not all fixes", () => {
    expect(readNumber("1234", num)).toEqual({ raw: "1234", status: "ok", value: 1234 });
    expect(readNumber("-5.5", num)).toEqual({ raw: "-5.5", status: "ok", value: -5.5 });
  });

  it("reads generous text as fixed, naming the reading and the proper value", () => {
    expect(readNumber("1,234.50", num)).toEqual({
      raw: "1,234.50",
      status: "fixed",
      value: 1234.5,
      fix: { value: 1234.5, reading: "thousands-separator" },
    });
    expect(readNumber("1.2万", num)).toMatchObject({
      status: "fixed",
      value: 12000,
      fix: { reading: "wan" },
    });
    expect(readNumber("12%", num)).toMatchObject({
      status: "fixed",
      value: 0.12,
      fix: { value: 0.12, reading: "percent" },
    });
    expect(readNumber("(1,234)", num)).toMatchObject({ status: "fixed", value: -1234 });
    expect(readNumber("１２３", int)).toMatchObject({
      status: "fixed",
      value: 123,
      fix: { reading: "full-width" },
    });
  });

  it("rejects a fraction in an integer field, as a number or as text", () => {
    expect(readNumber(12.5, int)).toEqual({
      raw: 12.5,
      status: "invalid",
      value: null,
      problem: "not-an-integer",
    });
    expect(readNumber("12.5", int)).toMatchObject({ status: "invalid", problem: "not-an-integer" });
    expect(readNumber("12.0", int)).toMatchObject({ status: "ok", value: 12 });
    expect(readNumber("1.5万", int)).toMatchObject({ status: "fixed", value: 15000 });
  });

  it("rejects text, booleans, dates and non-finite numbers as not-a-number", () => {
    for (const raw of ["abc", true, new Date(0), NaN, Infinity]) {
      expect(readNumber(raw, num)).toMatchObject({
        status: "invalid",
        value: null,
        problem: "not-a-number",
      });
    }
  });

  it("reads empty cells and Excel errors", () => {
    expect(readNumber(null, num).status).toBe("empty");
    expect(readNumber("  ", num).status).toBe("empty");
    expect(readNumber({ error: "#VALUE!" }, num).status).toBe("error");
  });
});
