import { makeFinding } from "./make-finding";

describe("makeFinding", () => {
  it("takes the code's severity, empty params and no fix by default", () => {
    expect(makeFinding("duplicate-row", { row: 3, column: null, field: null })).toEqual({
      row: 3,
      column: null,
      field: null,
      code: "duplicate-row",
      severity: "warning",
      params: {},
      fix: null,
    });
  });
  it("keeps a given fix and severity", () => {
    const f = makeFinding(
      "missing-label",
      { row: 1, column: null, field: "x" },
      { required: false },
      5,
      "warning"
    );
    expect([f.severity, f.fix, f.params]).toEqual(["warning", 5, { required: false }]);
  });
});
