import { sampleCorrelation } from "simple-statistics";
import { pearsonCorrelation } from "./pearson-correlation";

describe("pearsonCorrelation", () => {
  it("gives simple-statistics' sample correlation", () => {
    const x = [1, 2, 2, 5, 1, 7];
    const y = [11.77, 22.35, 39.5, 17.2, 8.1, 3];
    expect(pearsonCorrelation(Float64Array.from(x), Float64Array.from(y))).toBeCloseTo(
      sampleCorrelation(x, y),
      12
    );
  });

  it("is 1 and -1 on lines and NaN on a constant column", () => {
    const x = Float64Array.of(1, 2, 3);
    expect(pearsonCorrelation(x, Float64Array.of(2, 4, 6))).toBeCloseTo(1, 12);
    expect(pearsonCorrelation(x, Float64Array.of(3, 2, 1))).toBeCloseTo(-1, 12);
    expect(pearsonCorrelation(x, Float64Array.of(5, 5, 5))).toBeNaN();
  });
});
