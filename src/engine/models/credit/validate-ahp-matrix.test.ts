import { validateAhpMatrix } from "./validate-ahp-matrix";

const first = (m: number[][]) => validateAhpMatrix(m)[0];

describe("validateAhpMatrix", () => {
  it("accepts Saaty values and their reciprocals, also typed as rounded decimals", () => {
    expect(
      validateAhpMatrix([
        [1, 3, 7],
        [1 / 3, 1, 9],
        [1 / 7, 1 / 9, 1],
      ])
    ).toEqual([]);
    expect(
      validateAhpMatrix([
        [1, 3, 7],
        [0.33, 1, 9],
        [0.14, 0.11, 1],
      ])
    ).toEqual([]);
  });

  it("refuses an empty matrix and more than 10 criteria", () => {
    expect(first([]).message["en-US"]).toBe("the comparison matrix is empty");
    const eleven = Array.from({ length: 11 }, () => Array<number>(11).fill(1));
    expect(first(eleven).code).toBe("too-large");
  });

  it("refuses a matrix that is not square, naming the row", () => {
    expect(first([[1, 2], [1 / 2]])).toMatchObject({
      code: "not-square",
      row: 2,
      message: { "en-US": "row 2 has 1 values; a 2 x 2 matrix needs 2" },
    });
  });

  it("refuses values that are not positive numbers, naming the cell", () => {
    expect(
      first([
        [1, 0],
        [1, 1],
      ])
    ).toMatchObject({ code: "not-positive", row: 1, column: 2 });
    expect(
      first([
        [1, Number.NaN],
        [1, 1],
      ]).message["en-US"]
    ).toBe("row 1, column 2 must be a positive number");
    expect(
      first([
        [1, -2],
        [-0.5, 1],
      ]).code
    ).toBe("not-positive");
  });

  it("refuses a diagonal other than 1", () => {
    expect(
      first([
        [2, 1],
        [1, 1],
      ]).message["en-US"]
    ).toBe("row 1, column 1 must be 1 (a criterion compared with itself)");
  });

  it("refuses pairs that are not reciprocals", () => {
    const issue = first([
      [1, 3],
      [3, 1],
    ]);
    expect(issue).toMatchObject({ code: "not-reciprocal", row: 2, column: 1 });
    expect(issue.message["en-US"]).toBe(
      "row 1, column 2 (3) and row 2, column 1 (3) must be reciprocals"
    );
    expect(issue.message["zh-CN"]).toContain("互为倒数");
  });

  it("refuses values off the 1-9 scale", () => {
    expect(
      first([
        [1, 12],
        [1 / 12, 1],
      ]).message["en-US"]
    ).toBe("row 1, column 2: 12 is not on Saaty's 1-9 scale (1 to 9 or their reciprocals)");
    expect(
      first([
        [1, 2.5],
        [0.4, 1],
      ]).code
    ).toBe("not-saaty");
  });
});
