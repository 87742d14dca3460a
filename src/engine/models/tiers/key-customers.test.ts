import { keyCustomer } from "./key-customers";

describe("keyCustomer", () => {
  it("flags high-value up to and including the cut-off rank", () => {
    expect(keyCustomer(20, 20, null, 4)).toEqual({
      highValue: true,
      influential: false,
      kind: "high-value",
    });
    expect(keyCustomer(21, 20, null, 4).highValue).toBe(false);
    expect(keyCustomer(0, 20, null, 4).highValue).toBe(false);
  });

  it("flags influential from influence 4", () => {
    expect(keyCustomer(0, 20, 4, 4)).toEqual({
      highValue: false,
      influential: true,
      kind: "influential",
    });
    expect(keyCustomer(0, 20, 3, 4).kind).toBeNull();
  });

  it("flags both", () => {
    expect(keyCustomer(1, 1, 5, 4).kind).toBe("both");
  });
});
