import { emptyCustomer } from "./empty-customer";

describe("emptyCustomer", () => {
  it("has the id and row and nothing else", () => {
    const c = emptyCustomer("C001", 7);
    expect(c.customer_id).toBe("C001");
    expect(c.row).toBe(7);
    const rest = Object.entries(c).filter(([k]) => k !== "customer_id" && k !== "row");
    expect(rest.length).toBe(34);
    expect(rest.every(([, v]) => v === null)).toBe(true);
  });
});
