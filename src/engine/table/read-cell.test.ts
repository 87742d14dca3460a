import { readCell } from "./read-cell";
import { testField } from "./test-template";

describe("readCell", () => {
  it("dispatches on the field's type", () => {
    expect(readCell("1,234", testField("a", "number"))).toMatchObject({
      status: "fixed",
      value: 1234,
    });
    expect(readCell("12.5", testField("a", "integer"))).toMatchObject({
      status: "invalid",
      problem: "not-an-integer",
    });
    expect(readCell("2024/3/5", testField("a", "date"))).toMatchObject({
      status: "fixed",
      fix: { value: "2024-03-05" },
    });
    expect(readCell("是", testField("a", "boolean"))).toMatchObject({
      status: "fixed",
      value: true,
    });
    expect(readCell(1234, testField("a", "string"))).toMatchObject({ status: "ok", value: "1234" });
  });

  it("dispatches strings on their format", () => {
    expect(readCell("x", testField("a", "string", { format: "email" }))).toMatchObject({
      problem: "bad-email",
    });
    expect(readCell("x", testField("a", "string", { format: "phone" }))).toMatchObject({
      problem: "bad-phone",
    });
    expect(readCell("x", testField("a", "string", { format: "default" }))).toMatchObject({
      status: "ok",
      value: "x",
    });
  });

  it("reads Excel errors as error and missing or blank cells as empty, whatever the type", () => {
    for (const type of ["string", "number", "integer", "boolean", "date"] as const) {
      const field = testField("a", type);
      expect(readCell({ error: "#N/A" }, field)).toEqual({
        raw: { error: "#N/A" },
        status: "error",
        value: null,
      });
      expect(readCell(undefined, field)).toEqual({ raw: null, status: "empty", value: null });
      expect(readCell("  ", field)).toEqual({ raw: "  ", status: "empty", value: null });
    }
  });
});
