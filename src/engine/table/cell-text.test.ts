import { cellText } from "./cell-text";

describe("cellText", () => {
  it("keeps text exactly as typed", () => {
    expect(cellText("  客户 ")).toBe("  客户 ");
  });

  it("prints whole numbers without .0 or exponent, up to 15-digit ids and beyond", () => {
    expect(cellText(13800138000)).toBe("13800138000");
    expect(cellText(123456789012345)).toBe("123456789012345");
    expect(cellText(1e21)).toBe("1000000000000000000000");
    expect(cellText(12.5)).toBe("12.5");
  });

  it("prints booleans as Excel shows them", () => {
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(false)).toBe("FALSE");
  });

  it("prints a date as ISO, with the time only when there is one", () => {
    expect(cellText(new Date(Date.UTC(2024, 2, 5)))).toBe("2024-03-05");
    expect(cellText(new Date(Date.UTC(2024, 2, 5, 9, 30)))).toBe("2024-03-05T09:30:00");
    expect(cellText(new Date(NaN))).toBe("");
  });

  it("prints an Excel error as its text and an empty cell as empty text", () => {
    expect(cellText({ error: "#N/A" })).toBe("#N/A");
    expect(cellText(null)).toBe("");
  });
});
