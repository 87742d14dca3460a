import { compareColumns } from "./column-letter";

describe("compareColumns", () => {
  it("sorts Z before AA", () => {
    expect(["AA", "B", "Z", "A", "AB"].sort(compareColumns)).toEqual(["A", "B", "Z", "AA", "AB"]);
  });
});
