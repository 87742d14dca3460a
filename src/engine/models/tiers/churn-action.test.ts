import { churnAction } from "./churn-action";

describe("churnAction", () => {
  it("is a call while the customer is still active, a win-back once churned", () => {
    expect(churnAction({ churnAlert: true, lifecycle: "Repeat" })).toBe("call");
    expect(churnAction({ churnAlert: true, lifecycle: "Loyal" })).toBe("call");
    expect(churnAction({ churnAlert: true, lifecycle: "Churned" })).toBe("win-back");
  });

  it("is null without an alert, churned or not", () => {
    expect(churnAction({ churnAlert: false, lifecycle: "Churned" })).toBeNull();
    expect(churnAction({ churnAlert: null, lifecycle: "Prospect" })).toBeNull();
  });
});
