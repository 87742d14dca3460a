import { rfmBreaks } from "./rfm-breaks";

const P = [0.2, 0.4, 0.6, 0.8];

describe("rfmBreaks", () => {
  it("matches R's quantile(type = 7) on a small fixture", () => {
    // Fixture (sorted): 1, 2, 2, 3, 5, 8, 13, 21, 34, 55 (n = 10), so h = 9p.
    // Computed independently with numpy (its default "linear" method is R type 7):
    //   python3 -c "import numpy as np; print(np.quantile([1,2,2,3,5,8,13,21,34,55],[.2,.4,.6,.8]))"
    //   -> [ 2.   4.2 10.  23.6]
    // By hand: p=.2 h=1.8 -> 2 + .8(2-2) = 2; p=.4 h=3.6 -> 3 + .6(5-3) = 4.2;
    //   p=.6 h=5.4 -> 8 + .4(13-8) = 10; p=.8 h=7.2 -> 21 + .2(34-21) = 23.6.
    const x = [1, 2, 2, 3, 5, 8, 13, 21, 34, 55];
    const b = rfmBreaks(x, "quantile", P);
    expect(b[0]).toBeCloseTo(2, 12);
    expect(b[1]).toBeCloseTo(4.2, 12);
    expect(b[2]).toBeCloseTo(10, 12);
    expect(b[3]).toBeCloseTo(23.6, 12);
  });

  it("returns an integer-position value without interpolation", () => {
    // n = 6: h = 5p; p = .2 -> h = 1 -> x[1] exactly; p = .4 -> 2; .6 -> 3; .8 -> 4.
    expect(rfmBreaks([10, 20, 30, 40, 50, 60], "quantile", P)).toEqual([20, 30, 40, 50]);
  });

  it("gives one customer's value four times", () => {
    expect(rfmBreaks([7], "quantile", P)).toEqual([7, 7, 7, 7]);
    expect(rfmBreaks([7], "rank", P)).toEqual([7, 7, 7, 7]);
  });

  it("rank-based: the value at rank ceil(p n)", () => {
    expect(rfmBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "rank", P)).toEqual([2, 4, 6, 8]);
    // n = 7: ranks ceil(1.4) = 2, ceil(2.8) = 3, ceil(4.2) = 5, ceil(5.6) = 6.
    expect(rfmBreaks([10, 20, 30, 40, 50, 60, 70], "rank", P)).toEqual([20, 30, 50, 60]);
  });

  it("explicit breaks are used as given, sorted", () => {
    expect(rfmBreaks([1, 2, 3], "explicit", P, [240, 30, 60, 120])).toEqual([30, 60, 120, 240]);
  });

  it("no data gives no breaks", () => {
    expect(rfmBreaks([], "quantile", P)).toEqual([]);
    expect(rfmBreaks([], "rank", P)).toEqual([]);
  });
});
