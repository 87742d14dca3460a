import { rfmScore } from "./rfm-score";

const B = [30, 60, 120, 240];

describe("rfmScore", () => {
  it("F and M: 1 + breaks strictly below the value", () => {
    expect(rfmScore(10, B, "higher-better")).toBe(1);
    expect(rfmScore(30, B, "higher-better")).toBe(1);
    expect(rfmScore(31, B, "higher-better")).toBe(2);
    expect(rfmScore(240, B, "higher-better")).toBe(4);
    expect(rfmScore(241, B, "higher-better")).toBe(5);
  });

  it("R: 5 minus breaks strictly below the recency (recent = 5)", () => {
    expect(rfmScore(0, B, "lower-better")).toBe(5);
    expect(rfmScore(30, B, "lower-better")).toBe(5);
    expect(rfmScore(35, B, "lower-better")).toBe(4);
    expect(rfmScore(240, B, "lower-better")).toBe(2);
    expect(rfmScore(1000, B, "lower-better")).toBe(1);
  });

  it("a negative recency (purchase after the as-of date) scores 5 even below negative breaks", () => {
    expect(rfmScore(-3, B, "lower-better")).toBe(5);
    expect(rfmScore(-3, [-10, -5, -4, -2], "lower-better")).toBe(5);
  });

  it("ties share a score: equal breaks count together", () => {
    const ties = [1, 1, 1, 3];
    expect(rfmScore(1, ties, "higher-better")).toBe(1);
    expect(rfmScore(2, ties, "higher-better")).toBe(4);
    expect(rfmScore(1, ties, "lower-better")).toBe(5);
    expect(rfmScore(2, ties, "lower-better")).toBe(2);
  });
});
