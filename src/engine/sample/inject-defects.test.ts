import { dayFromIso } from "../day";
import { ENTERPRISE_TEMPLATE } from "../template/enterprise";
import { injectDefects } from "./inject-defects";
import { makeEnterpriseRecords } from "./make-enterprise-records";
import { createRandom } from "./random";
import { sheetFromRecords } from "./sheet-from-records";

describe("injectDefects", () => {
  const asOf = dayFromIso("2026-11-01")!;
  it("injects what it can into a tiny sheet without failing", () => {
    const rng = createRandom(1);
    const sheet = sheetFromRecords(
      "S",
      "t",
      ENTERPRISE_TEMPLATE,
      makeEnterpriseRecords(rng, 3, asOf)
    );
    const injected = injectDefects(rng, sheet, ENTERPRISE_TEMPLATE, asOf);
    expect(injected.map((d) => d.code)).toEqual(
      expect.arrayContaining(["extra-label", "blank-row", "missing-cell"])
    );
    expect(
      injected.filter(
        (d) => d.code !== "extra-label" && d.code !== "blank-row" && d.code !== "duplicate-row"
      ).length
    ).toBeLessThanOrEqual(3);
  });
  it("sorts defects by row and records the header row for extra-label", () => {
    const rng = createRandom(2);
    const sheet = sheetFromRecords(
      "S",
      "t",
      ENTERPRISE_TEMPLATE,
      makeEnterpriseRecords(rng, 50, asOf)
    );
    const injected = injectDefects(rng, sheet, ENTERPRISE_TEMPLATE, asOf);
    expect(injected[0]).toEqual({
      sheet: "S",
      row: 3,
      column: "AN",
      field: null,
      code: "extra-label",
    });
    expect(injected.map((d) => d.row)).toEqual(
      [...injected.map((d) => d.row)].sort((a, b) => a - b)
    );
  });
});
