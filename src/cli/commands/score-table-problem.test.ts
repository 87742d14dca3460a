import type { Finding } from "../../engine/validate/finding";
import { tableProblem } from "./score";

function finding(code: Finding["code"], field: string | null): Finding {
  return { row: null, column: null, field, code, severity: "error", params: {}, fix: null };
}

describe("tableProblem", () => {
  it("names a missing header row", () => {
    const f = finding("header-not-found", null);
    expect(tableProblem([finding("blank-row", null), f])).toBe(f);
  });

  it("names a missing customer_id column, but not another missing column", () => {
    const id = finding("missing-label", "customer_id");
    expect(tableProblem([finding("missing-label", "name")])).toBeNull();
    expect(tableProblem([finding("missing-label", "name"), id])).toBe(id);
  });

  it("is null for a table that can be scored, errors or not", () => {
    expect(
      tableProblem([finding("missing-cell", "customer_id"), finding("type-error", "phone")])
    ).toBeNull();
  });
});
