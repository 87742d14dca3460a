import { columnKinds } from "./column-kinds";

describe("columnKinds", () => {
  it("tells text, non-text and mixed columns apart, blanks counting for neither", () => {
    const rows = [
      ["a", 1, "x", null],
      [null, 2, 3, null],
      ["b", null, true],
    ];
    expect(columnKinds(rows, 4)).toEqual(["text", "none", "mixed", "none"]);
  });
});
