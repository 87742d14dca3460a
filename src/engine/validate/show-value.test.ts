import { testField } from "../table/test-template";
import { showValue } from "./show-value";
import { day, invalid, ok } from "./test-table";

describe("showValue", () => {
  it("shows a read date as YYYY-MM-DD, other read values as text", () => {
    expect(showValue(testField("d", "date"), ok(45000, day("2023-03-15")))).toBe("2023-03-15");
    expect(showValue(testField("n", "number"), ok("1,234", 1234))).toBe("1234");
    expect(showValue(testField("s"), ok("x", "x"))).toBe("x");
  });
  it("shows an unreadable cell as the text it shows", () => {
    expect(showValue(testField("n", "number"), invalid("many", "not-a-number"))).toBe("many");
    expect(
      showValue(testField("n", "number"), { raw: { error: "#N/A" }, status: "error", value: null })
    ).toBe("#N/A");
  });
});
