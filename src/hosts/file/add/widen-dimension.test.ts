import { widenDimension } from "./widen-dimension";

const part = (ref: string, p = "") =>
  `<${p}worksheet><${p}dimension ref="${ref}"/><${p}sheetData/></${p}worksheet>`;

describe("widenDimension", () => {
  it("widens the declared range to cells written outside it, keeping every other byte", () => {
    expect(widenDimension(part("A1:C10"), [{ row: 12, column: 5 }])).toBe(part("A1:E12"));
    expect(widenDimension(part("B2:C3", "x:"), [{ row: 1, column: 1 }])).toBe(part("A1:C3", "x:"));
  });

  it("grows a one-cell dimension into a range", () => {
    expect(widenDimension(part("A1"), [{ row: 3, column: 2 }])).toBe(part("A1:B3"));
  });

  it("leaves a part as it is when the cells are inside, or it declares no dimension", () => {
    const inside = part("A1:F100");
    expect(widenDimension(inside, [{ row: 5, column: 5 }])).toBe(inside);
    const none = "<worksheet><sheetData/></worksheet>";
    expect(widenDimension(none, [{ row: 5, column: 5 }])).toBe(none);
  });
});
