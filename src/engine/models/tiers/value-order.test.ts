import { orderByValue } from "./value-order";

describe("orderByValue", () => {
  it("sorts largest first and skips unranked customers", () => {
    expect(Array.from(orderByValue([5, null, 9, -1], ["a", "b", "c", "d"]))).toEqual([2, 0, 3]);
  });

  it("breaks ties by customer_id code points", () => {
    expect(Array.from(orderByValue([1, 1, 1], ["C2", "C10", "\u{1F600}"]))).toEqual([1, 0, 2]);
  });

  it("returns nothing for no values", () => {
    expect(orderByValue([], []).length).toBe(0);
  });
});
