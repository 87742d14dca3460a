import { relationshipStage } from "./relationship-stage";

describe("relationshipStage", () => {
  it("maps each status", () => {
    expect(relationshipStage("Prospect", null)).toBe("exploration");
    expect(relationshipStage("First-time", false)).toBe("formation");
    expect(relationshipStage("Repeat", false)).toBe("formation");
    expect(relationshipStage("Loyal", false)).toBe("stability");
    expect(relationshipStage("Churned", false)).toBe("decline");
  });

  it("is 退化期 whenever a churn alert is on, even for a loyal customer", () => {
    expect(relationshipStage("Loyal", true)).toBe("decline");
    expect(relationshipStage("First-time", true)).toBe("decline");
    expect(relationshipStage(null, true)).toBe("decline");
  });

  it("is unknown without a status or alert", () => {
    expect(relationshipStage(null, null)).toBeNull();
  });
});
