import { parseExpertRanksText } from "./expert-ranks-text";

describe("parseExpertRanksText", () => {
  it("reads one expert per line into rank-sum weights", () => {
    // Averages 1.5, 1.5, 3 -> rank sums 2.5, 2.5, 1 over 6.
    const check = parseExpertRanksText("1 2 3\n\n2,1,3\n", 3);
    expect(check).toEqual({
      ok: true,
      result: { averageRanks: [1.5, 1.5, 3], weights: [2.5 / 6, 2.5 / 6, 1 / 6] },
    });
  });

  it("names a line of the wrong length and a rank out of range, in both languages", () => {
    const short = parseExpertRanksText("1 2 3\n1 2", 3);
    expect(short.ok === false && short.message["en-US"]).toBe(
      'line 2 should hold 3 numbers (a rank per dimension), not "1 2"'
    );
    expect(short.ok === false && short.message["zh-CN"]).toContain("第 2 行应为 3 个数字");
    const range = parseExpertRanksText("1 2 7", 3);
    expect(range.ok === false && range.message["en-US"]).toBe(
      "expert 1 ranks criterion 3 as 7, outside 1..3"
    );
    expect(parseExpertRanksText("  ", 3).ok).toBe(false);
  });
});
