import type { CellValue } from "../../table/cell";
import { fitScorecard } from "../../models/scorecard/fit-scorecard";
import { formatFitScorecardText } from "./fit-report-text";

describe("formatFitScorecardText", () => {
  it("lists variables by IV with their bins, then the model and its quality", () => {
    const rows: CellValue[][] = [["noise", "months", "bad"]];
    for (let i = 0; i < 200; i++) {
      const months = (i * 7) % 60;
      const bad = (months < 20 && i % 5 !== 0) || i % 17 === 0;
      rows.push([i % 2, months, bad ? 1 : 0]);
    }
    const result = fitScorecard({ name: "S", rows }, { target: "bad", holdout: false });
    if (!result.ok) throw new Error(result.problem.message["en-US"]);
    const text = formatFitScorecardText(result.fit, "loans.csv", "en-US");
    const lines = text.split("\n");
    expect(lines[0]).toBe('loans.csv › S: statistical scorecard for outcome "bad"');
    // months (kept, with its bins) comes before noise (left out, no bins).
    const months = lines.findIndex((l) => l.startsWith("  months  IV"));
    const noise = lines.findIndex((l) => l.startsWith("  noise  IV"));
    expect(months).toBeGreaterThan(0);
    expect(noise).toBeGreaterThan(months);
    expect(lines[months + 1].trim()).toBe("bin | good | bad | bad rate | WOE | points");
    expect(lines[noise + 1]).not.toContain("|");
    expect(text).toContain(`AUC ${result.fit.quality.auc.toFixed(4)}`);
    expect(text).toContain("No variable dropped by the sign rule.");
  });
});
