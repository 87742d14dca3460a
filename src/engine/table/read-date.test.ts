import { dayFromParts } from "../day";
import { readDate } from "./read-date";
import { testField } from "./test-template";

const field = testField("founded", "date");
const march5 = dayFromParts(2024, 3, 5) as number;

describe("readDate", () => {
  it("reads a Date as its UTC calendar day, dropping the time", () => {
    expect(readDate(new Date(Date.UTC(2024, 2, 5)), field)).toMatchObject({
      status: "ok",
      value: march5,
    });
    expect(readDate(new Date(Date.UTC(2024, 2, 5, 23, 59)), field)).toMatchObject({
      status: "ok",
      value: march5,
    });
    expect(readDate(new Date(NaN), field)).toMatchObject({
      status: "invalid",
      problem: "not-a-date",
    });
  });

  it("reads a plausible Excel serial as fixed, proposing the ISO text", () => {
    expect(readDate(45356, field)).toEqual({
      raw: 45356,
      status: "fixed",
      value: march5,
      fix: { value: "2024-03-05", reading: "excel-serial" },
    });
    expect(readDate(45356.75, field)).toMatchObject({ status: "fixed", value: march5 });
  });

  it("applies the 1900 leap-year quirk at the serial boundaries", () => {
    expect(readDate(1, field)).toMatchObject({ status: "fixed", fix: { value: "1900-01-01" } });
    expect(readDate(59, field)).toMatchObject({ status: "fixed", fix: { value: "1900-02-28" } });
    expect(readDate(60, field)).toMatchObject({ status: "invalid", problem: "not-a-date" });
    expect(readDate(61, field)).toMatchObject({ status: "fixed", fix: { value: "1900-03-01" } });
    expect(readDate(2958465, field)).toMatchObject({
      status: "fixed",
      fix: { value: "9999-12-31" },
    });
  });

  it("rejects numbers that are no date serial", () => {
    for (const raw of [0, 0.5, -1, 2958466, 20240305, NaN]) {
      expect(readDate(raw, field)).toMatchObject({
        status: "invalid",
        value: null,
        problem: "not-a-date",
      });
    }
  });

  it("reads ISO and compact text as ok and other forms as fixed date-text", () => {
    expect(readDate("2024-03-05", field)).toEqual({
      raw: "2024-03-05",
      status: "ok",
      value: march5,
    });
    expect(readDate("20240305", field)).toMatchObject({ status: "ok", value: march5 });
    expect(readDate("2024年3月5日", field)).toEqual({
      raw: "2024年3月5日",
      status: "fixed",
      value: march5,
      fix: { value: "2024-03-05", reading: "date-text" },
    });
  });

  it("rejects impossible dates, booleans and other text", () => {
    expect(readDate("2024-02-30", field)).toMatchObject({
      status: "invalid",
      problem: "not-a-date",
    });
    expect(readDate(true, field)).toMatchObject({ status: "invalid", problem: "not-a-date" });
    expect(readDate("soon", field)).toMatchObject({ status: "invalid", problem: "not-a-date" });
  });

  it("reads empty cells and Excel errors", () => {
    expect(readDate(null, field).status).toBe("empty");
    expect(readDate({ error: "#REF!" }, field).status).toBe("error");
  });
});
