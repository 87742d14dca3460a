import { isDateFormat } from "./is-date-format";

describe("isDateFormat", () => {
  it.each([
    "yyyy-mm-dd",
    "m/d/yyyy",
    "d-mmm-yy",
    'yyyy"年"m"月"d"日"',
    "[$-804]yyyy/m/d",
    "h:mm AM/PM",
    "[h]:mm:ss",
    "yyyy/m/d h:mm",
  ])("sees a date or time in %s", (f) => expect(isDateFormat(f)).toBe(true));

  it.each([
    "General",
    "@",
    "0.00",
    "#,##0",
    "0%",
    "0.00E+00",
    '0.0 "days"',
    '"Date: "0',
    "[Red]#,##0",
    "\\d0",
    null,
    42,
  ])("sees no date in %s", (f) => expect(isDateFormat(f)).toBe(false));
});
