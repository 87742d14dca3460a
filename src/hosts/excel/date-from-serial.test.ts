import { dateFromSerial } from "./date-from-serial";

describe("dateFromSerial", () => {
  it("gives the calendar date Excel shows, in UTC fields", () => {
    expect(dateFromSerial(45_356)?.toISOString()).toBe("2024-03-05T00:00:00.000Z");
    expect(dateFromSerial(25_569)?.toISOString()).toBe("1970-01-01T00:00:00.000Z");
  });

  it("keeps the time of day", () => {
    expect(dateFromSerial(45_356.5)?.toISOString()).toBe("2024-03-05T12:00:00.000Z");
  });

  it("follows Excel's 1900 leap-year quirk around serial 60", () => {
    expect(dateFromSerial(59)?.toISOString().slice(0, 10)).toBe("1900-02-28");
    expect(dateFromSerial(60)).toBeNull();
    expect(dateFromSerial(61)?.toISOString().slice(0, 10)).toBe("1900-03-01");
  });

  it("gives null for serials that are no date", () => {
    expect(dateFromSerial(0)).toBeNull();
    expect(dateFromSerial(0.5)).toBeNull();
    expect(dateFromSerial(3_000_000)).toBeNull();
  });
});
