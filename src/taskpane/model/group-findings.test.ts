import type { Finding } from "../../engine/validate/finding";
import { groupFindings } from "./group-findings";

const finding = (code: Finding["code"], severity: Finding["severity"], row: number): Finding => ({
  row,
  column: "B",
  field: "name",
  code,
  severity,
  params: {},
  fix: null,
});

describe("groupFindings", () => {
  it("groups by code with counts, errors first, then larger groups", () => {
    const groups = groupFindings([
      finding("stale-record", "warning", 3),
      finding("missing-cell", "error", 4),
      finding("stale-record", "warning", 5),
      finding("extra-label", "info", 2),
      finding("type-error", "error", 6),
      finding("type-error", "error", 7),
    ]);
    expect(groups.map((g) => [g.code, g.count])).toEqual([
      ["type-error", 2],
      ["missing-cell", 1],
      ["stale-record", 2],
      ["extra-label", 1],
    ]);
    expect(groups[2].findings.map((f) => f.row)).toEqual([3, 5]);
  });

  it("takes the worst severity in a group (missing-label is an error or a warning)", () => {
    const [g] = groupFindings([
      finding("missing-label", "warning", 1),
      finding("missing-label", "error", 1),
    ]);
    expect(g.severity).toBe("error");
  });

  it("breaks ties of severity and count by code", () => {
    const groups = groupFindings([
      finding("unique-error", "error", 1),
      finding("blank-label", "error", 1),
    ]);
    expect(groups.map((g) => g.code)).toEqual(["blank-label", "unique-error"]);
  });

  it("gives no group for no findings", () => {
    expect(groupFindings([])).toEqual([]);
  });
});
