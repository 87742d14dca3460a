import { DEFAULT_SETTINGS } from "../../src/engine/settings";
import { engineRows, PARITY_FIELDS, parityCustomers } from "../support/sql-parity";

/** The parity tests prove little unless their customers reach every outcome; this says they do. */
describe("the parity customers", () => {
  const rows = [
    ...engineRows(parityCustomers(10_000, 19), PARITY_FIELDS, DEFAULT_SETTINGS).values(),
  ];
  const seen = (field: string) => new Set(rows.map((r) => r[field]));

  it("reach every class, level, status, stage, grade and zone, and their absence", () => {
    expect(seen("abc")).toEqual(new Set(["A", "B", "C", null]));
    expect(seen("pyramid")).toEqual(
      new Set(["VIP", "Major", "Ordinary", "Small", "Prospect", null])
    );
    expect(seen("lifecycle")).toEqual(
      new Set(["Prospect", "Churned", "Loyal", "Repeat", "First-time", null])
    );
    expect(seen("stage")).toEqual(
      new Set(["exploration", "formation", "stability", "decline", null])
    );
    expect(seen("churn_alert")).toEqual(new Set([true, false, null]));
    expect(seen("key_customer")).toEqual(new Set(["both", "high-value", "influential", null]));
    for (const grade of ["AAA", "AA", "A", "BBB", "BB", "B", "insufficient"])
      expect(seen("credit_grade")).toContain(grade);
    expect(seen("altman_zone")).toEqual(new Set(["safe", "grey", "distress", null]));
    expect(seen("loss_making")).toContain(true);
    expect(seen("rfm_r")).toEqual(new Set([1, 2, 3, 4, 5, null]));
  });

  it("hold ties in value, which the id must break", () => {
    const values = rows.map((r) => r.value).filter((v) => v !== null);
    expect(new Set(values).size).toBeLessThan(values.length);
  });
});
