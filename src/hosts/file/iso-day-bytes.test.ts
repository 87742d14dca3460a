import { dayFromParts } from "../../engine/day";
import { parseDateText } from "../../engine/table/parse-date-text";
import { isoDayBytes } from "./iso-day-bytes";

const read = (text: string) => {
  const bytes = new TextEncoder().encode(`"${text}"`);
  return isoDayBytes(bytes, 1, bytes.length - 1);
};

describe("isoDayBytes", () => {
  it("reads ISO dates of real days as parseDateText reads them", () => {
    for (const text of ["2024-03-05", "1900-01-01", "2024-02-29", "9999-12-31", "1899-12-30"]) {
      const parsed = parseDateText(text);
      expect(parsed.day !== null && parsed.reading === null).toBe(true);
      expect([text, read(text)]).toEqual([text, parsed.day]);
    }
  });

  it("leaves impossible dates and every other spelling to parseDateText: NaN", () => {
    for (const text of [
      "0001-01-01",
      "2023-02-29",
      "2024-13-01",
      "2024-00-10",
      "2024-3-5",
      "20240305",
      "2024/03/05",
      " 2024-03-05",
      "２０２４-03-05",
      "2024-03-05T00:00",
      "",
    ]) {
      expect([text, read(text)]).toEqual([text, NaN]);
    }
  });
});

describe("isoDayBytes by arithmetic", () => {
  it("gives dayFromParts' Day, or NaN where it gives null, for every day of many years", () => {
    const wrong: string[] = [];
    for (const year of [
      100, 101, 399, 400, 1582, 1899, 1900, 1969, 1970, 2000, 2023, 2024, 2100, 9999,
    ]) {
      for (let month = 0; month <= 13; month++) {
        for (let date = 0; date <= 32; date++) {
          const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
          const expected = dayFromParts(year, month, date) ?? NaN;
          if (!Object.is(read(text), expected)) wrong.push(text);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
