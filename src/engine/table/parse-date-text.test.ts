import { dayFromParts } from "../day";
import { parseDateText } from "./parse-date-text";

const march5 = dayFromParts(2024, 3, 5);

describe("parseDateText", () => {
  it("reads ISO and compact dates as they stand", () => {
    expect(parseDateText("2024-03-05")).toEqual({ day: march5, reading: null });
    expect(parseDateText("20240305")).toEqual({ day: march5, reading: null });
  });

  it("reads the usual typed forms as date-text", () => {
    for (const text of [
      "2024/3/5",
      "2024-3-5",
      "2024.3.5",
      "2024年3月5日",
      "2024年03月05",
      "2024 / 3 / 5",
      "2024/03/05",
    ]) {
      expect(parseDateText(text)).toEqual({ day: march5, reading: "date-text" });
    }
  });

  it("drops a time after the date", () => {
    for (const text of [
      "2024/03/05 00:00:00",
      "2024-03-05 13:45",
      "2024-03-05T10:00:00.000Z",
      "2024-03-05T23:59:59+08:00",
    ]) {
      expect(parseDateText(text)).toEqual({ day: march5, reading: "date-text" });
    }
  });

  it("names stray spaces and full-width digits on an otherwise ISO date", () => {
    expect(parseDateText(" 2024-03-05 ")).toEqual({ day: march5, reading: "spaces" });
    expect(parseDateText("２０２４-０３-０５")).toEqual({ day: march5, reading: "full-width" });
    expect(parseDateText("２０２４年３月５日")).toEqual({ day: march5, reading: "date-text" });
  });

  it("rejects impossible dates", () => {
    for (const text of [
      "2024-02-30",
      "2023-02-29",
      "2024/13/1",
      "2024年0月5日",
      "20241301",
      "2024-00-10",
    ]) {
      expect(parseDateText(text)).toEqual({ day: null, problem: "not-a-date" });
    }
    expect(parseDateText("2024-02-29")).toEqual({ day: dayFromParts(2024, 2, 29), reading: null });
  });

  it("rejects mixed separators, ambiguous orders and other text", () => {
    for (const text of [
      "2024-3/5",
      "2024/3.5",
      "3/5/2024",
      "05.03.2024",
      "24-3-5",
      "2024-3",
      "2024年3月",
      "45356",
      "today",
      "",
    ]) {
      expect(parseDateText(text)).toEqual({ day: null, problem: "not-a-date" });
    }
  });
});
