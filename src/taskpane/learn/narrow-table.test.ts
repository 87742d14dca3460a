import { narrowTable } from "./narrow-table";

describe("narrowTable", () => {
  it("turns a wide table on its side", () => {
    const wide = {
      corner: "",
      columns: ["Character", "Capacity", "Capital"],
      rows: [{ label: "weight", cells: ["0.3", "0.3", "0.4"], numbers: [0.3, 0.3, 0.4] }],
    };
    expect(narrowTable(wide)).toEqual({
      corner: "",
      columns: ["weight"],
      rows: [
        { label: "Character", cells: ["0.3"], numbers: [0.3] },
        { label: "Capacity", cells: ["0.3"], numbers: [0.3] },
        { label: "Capital", cells: ["0.4"], numbers: [0.4] },
      ],
    });
  });

  it("leaves a square or tall table as it is", () => {
    const square = {
      corner: "R\\F",
      columns: ["1", "2"],
      rows: [
        { label: "1", cells: ["a", "b"] },
        { label: "2", cells: ["c", "d"] },
      ],
    };
    expect(narrowTable(square)).toBe(square);
  });

  it("numbers the columns of a matrix of long names against themselves", () => {
    const matrix = {
      corner: "",
      columns: ["Character", "Capacity"],
      rows: [
        { label: "Character", cells: ["1", "3"] },
        { label: "Capacity", cells: ["1/3", "1"] },
      ],
    };
    expect(narrowTable(matrix)).toEqual({
      corner: "",
      columns: ["1", "2"],
      rows: [
        { label: "1 Character", cells: ["1", "3"] },
        { label: "2 Capacity", cells: ["1/3", "1"] },
      ],
    });
  });
});
