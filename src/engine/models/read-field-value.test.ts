import type { ReadCell } from "../table/table";
import { readFieldValue } from "./read-field-value";

const ok = (value: ReadCell["value"], status: ReadCell["status"] = "ok"): ReadCell => ({
  raw: null,
  status,
  value,
});

describe("readFieldValue", () => {
  it("reads ok and fixed cells", () => {
    expect(readFieldValue(ok(" 华东 "), "text")).toBe("华东");
    expect(readFieldValue(ok(12_000, "fixed"), "number")).toBe(12_000);
    expect(readFieldValue(ok(19_800), "day")).toBe(19_800);
    expect(readFieldValue(ok(123), "text")).toBe("123");
  });

  it("treats empty, unreadable and error cells as empty", () => {
    expect(readFieldValue(undefined, "text")).toBeNull();
    expect(
      readFieldValue(
        { raw: "abc", status: "invalid", value: null, problem: "not-a-number" },
        "number"
      )
    ).toBeNull();
    expect(
      readFieldValue({ raw: { error: "#N/A" }, status: "error", value: null }, "number")
    ).toBeNull();
    expect(readFieldValue({ raw: "  ", status: "empty", value: null }, "text")).toBeNull();
    expect(readFieldValue(ok("   "), "text")).toBeNull();
  });

  it("treats a value of the wrong kind as empty", () => {
    expect(readFieldValue(ok("12"), "number")).toBeNull();
    expect(readFieldValue(ok(true), "text")).toBeNull();
    expect(readFieldValue(ok(Number.NaN), "number")).toBeNull();
  });
});
