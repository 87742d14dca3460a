import { dashboardPageBreaks } from "./dashboard-pages";

describe("dashboardPageBreaks", () => {
  it("packs whole blocks onto pages and breaks before the block that would be cut", () => {
    const blocks = [
      { first: 6, last: 28 },
      { first: 29, last: 44 },
      { first: 45, last: 60 },
      { first: 61, last: 76 },
    ];
    // Page 1: rows 1-28 (29-44 would end at 44 > 34); page 2: 29-60; page 3: 61-76.
    expect(dashboardPageBreaks(blocks, 34)).toEqual([28, 60]);
  });
  it("lets a block taller than a page start a page and run on", () => {
    expect(
      dashboardPageBreaks(
        [
          { first: 1, last: 10 },
          { first: 11, last: 80 },
          { first: 81, last: 90 },
        ],
        34
      )
    ).toEqual([10, 80]);
  });
});
