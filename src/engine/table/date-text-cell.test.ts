import { dayFromIso } from "../day";
import { dateTextCell } from "./date-text-cell";

describe("dateTextCell", () => {
  it("reads ISO text as it stands and other forms generously, with the ISO fix", () => {
    expect(dateTextCell("2024-03-05")).toEqual({
      raw: "2024-03-05",
      status: "ok",
      value: dayFromIso("2024-03-05"),
    });
    expect(dateTextCell("2024/3/5")).toEqual({
      raw: "2024/3/5",
      status: "fixed",
      value: dayFromIso("2024-03-05"),
      fix: { value: "2024-03-05", reading: "date-text" },
    });
    expect(dateTextCell("2024-02-30")).toMatchObject({ status: "invalid", problem: "not-a-date" });
  });

  it("shares one frozen cell between equal texts", () => {
    const a = dateTextCell("2024年3月5日");
    expect(dateTextCell("2024年" + "3月5日")).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.fix)).toBe(true);
  });
});
