import { rfmSegment } from "./rfm-segment";
import { DEFAULT_TIER_SETTINGS, DEFAULT_RFM_GRID } from "./tier-settings";

const GRID = DEFAULT_TIER_SETTINGS.rfm;
const RULES = { ...DEFAULT_TIER_SETTINGS.rfm, segmentPreset: "rules" as const };

describe("rfmSegment, grid preset", () => {
  it("covers all 25 (R, FM) cells exactly once, as domain.md §4 lays them out", () => {
    const expected: Record<string, string> = {
      "5,1": "New Customers",
      "5,2": "Potential Loyalist",
      "5,3": "Potential Loyalist",
      "5,4": "Champions",
      "5,5": "Champions",
      "4,1": "Promising",
      "4,2": "Potential Loyalist",
      "4,3": "Potential Loyalist",
      "4,4": "Loyal Customers",
      "4,5": "Champions",
      "3,1": "About To Sleep",
      "3,2": "About To Sleep",
      "3,3": "Need Attention",
      "3,4": "Loyal Customers",
      "3,5": "Loyal Customers",
      "2,1": "Hibernating",
      "2,2": "Hibernating",
      "2,3": "At Risk",
      "2,4": "At Risk",
      "2,5": "Can't Lose Them",
      "1,1": "Lost",
      "1,2": "Lost",
      "1,3": "Hibernating",
      "1,4": "At Risk",
      "1,5": "Can't Lose Them",
    };
    expect(DEFAULT_RFM_GRID).toHaveLength(5);
    const seen = new Map<string, number>();
    DEFAULT_RFM_GRID.forEach((row, i) => {
      expect(row).toHaveLength(5);
      row.forEach((segment, j) => {
        const key = `${5 - i},${j + 1}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
        expect(segment).toBe(expected[key]);
      });
    });
    expect(seen.size).toBe(25);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    // Every (R, F, M) lands in a named cell, never Others.
    for (let r = 1; r <= 5; r++)
      for (let f = 1; f <= 5; f++)
        for (let m = 1; m <= 5; m++) expect(rfmSegment(r, f, m, GRID)).not.toBe("Others");
  });

  it("rounds (F + M) / 2 half up", () => {
    // FM = round(3.5) = 4 -> Champions at R 5; round(2.5) = 3 -> Potential Loyalist; round(1.5) = 2.
    expect(rfmSegment(5, 3, 4, GRID)).toBe("Champions");
    expect(rfmSegment(5, 2, 3, GRID)).toBe("Potential Loyalist");
    expect(rfmSegment(3, 1, 2, GRID)).toBe("About To Sleep");
    expect(rfmSegment(3, 2, 3, GRID)).toBe("Need Attention");
    expect(rfmSegment(2, 4, 5, GRID)).toBe("Can't Lose Them");
    expect(rfmSegment(1, 1, 1, GRID)).toBe("Lost");
  });

  it("gives Others outside the grid", () => {
    expect(rfmSegment(0, 1, 1, GRID)).toBe("Others");
    expect(rfmSegment(6, 1, 1, GRID)).toBe("Others");
    expect(rfmSegment(3, 6, 6, GRID)).toBe("Others");
  });
});

describe("rfmSegment, rules preset (R package rfm)", () => {
  it("first match wins", () => {
    expect(rfmSegment(5, 5, 5, RULES)).toBe("Champions");
    // 4/4/4 matches Potential Loyalist before Loyal Customers.
    expect(rfmSegment(4, 4, 4, RULES)).toBe("Potential Loyalist");
    expect(rfmSegment(2, 2, 2, RULES)).toBe("Loyal Customers");
    expect(rfmSegment(4, 1, 3, RULES)).toBe("Promising");
    expect(rfmSegment(5, 1, 1, RULES)).toBe("New Customers");
    expect(rfmSegment(1, 3, 4, RULES)).toBe("Can't Lose Them");
    expect(rfmSegment(1, 5, 5, RULES)).toBe("At Risk");
    expect(rfmSegment(1, 3, 3, RULES)).toBe("Need Attention");
    expect(rfmSegment(3, 1, 1, RULES)).toBe("About To Sleep");
    expect(rfmSegment(1, 1, 1, RULES)).toBe("Lost");
  });

  it("no match is Others", () => {
    expect(rfmSegment(2, 1, 5, RULES)).toBe("Others");
    expect(rfmSegment(5, 4, 1, RULES)).toBe("Others");
  });
});
