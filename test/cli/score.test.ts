import { writeFileSync } from "fs";
import { join } from "path";
import { referenceFile } from "../support/reference-data";
import { runCli, STACK_TRACE, tempDir } from "../support/run-cli";

const EXAMPLE = join(__dirname, "..", "..", "examples", "customers.xlsx");
const AS_OF = ["--as-of", "2026-11-01"];
const dir = tempDir();

describe("tiersheet score --json", () => {
  let out: {
    asOf: string;
    settingsVersion: number;
    valueMeasure: string;
    rfmBreaks: { r: number[]; f: number[]; m: number[] };
    customers: Record<string, unknown>[];
    summary: { customers: number; abc: { counts: Record<string, number> } };
  };

  beforeAll(async () => {
    const run = await runCli(["score", EXAMPLE, "--json", ...AS_OF]);
    expect(run.code).toBe(0);
    out = JSON.parse(run.stdout);
  });

  it("prints the documented keys", () => {
    expect(Object.keys(out)).toEqual([
      "asOf",
      "settingsVersion",
      "valueMeasure",
      "rfmBreaks",
      "customers",
      "summary",
    ]);
    expect(out.asOf).toBe("2026-11-01");
    expect(out.settingsVersion).toBe(1);
    expect(out.valueMeasure).toBe("gross_profit - service_cost");
    for (const axis of ["r", "f", "m"] as const) expect(out.rfmBreaks[axis]).toHaveLength(4);
  });

  it("gives every customer the documented fields", () => {
    expect(out.customers).toHaveLength(500);
    for (const c of out.customers) {
      expect(Object.keys(c)).toEqual([
        "row",
        "customer_id",
        "name",
        "value",
        "abc",
        "pyramid",
        "rfm",
        "lifecycle",
        "churnAlert",
        "churnAction",
        "clv",
        "credit",
        "altmanZ",
      ]);
      expect(c.churnAction).toBe(
        c.churnAlert ? (c.lifecycle === "Churned" ? "win-back" : "call") : null
      );
      expect(["A", "B", "C"]).toContain(c.abc);
      expect(["VIP", "Major", "Ordinary", "Small", "Prospect"]).toContain(c.pyramid);
      expect(["Prospect", "First-time", "Repeat", "Loyal", "Churned"]).toContain(c.lifecycle);
      const credit = c.credit as Record<string, unknown>;
      expect(Object.keys(credit)).toEqual([
        "score",
        "grade",
        "confidence",
        "limit",
        "terms",
        "reasons",
      ]);
      expect(["AAA", "AA", "A", "BBB", "BB", "B", "C", "insufficient"]).toContain(credit.grade);
    }
    const counts = out.summary.abc.counts;
    expect(counts.A + counts.B + counts.C).toBe(500);
    expect(out.customers.filter((c) => c.abc === "A")).toHaveLength(counts.A);
  });

  it("refuses bad settings, naming the setting", async () => {
    const settings = join(dir, "bad-settings.json");
    writeFileSync(settings, JSON.stringify({ tiers: { abc: { aShare: "eighty" } } }));
    const bad = await runCli(["score", EXAMPLE, "--settings", settings, "--json", ...AS_OF]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("tiers.abc.aShare");
    expect(bad.stderr).not.toMatch(STACK_TRACE);
  });

  it("uses thresholds from --settings", async () => {
    const settings = join(dir, "settings.json");
    writeFileSync(settings, JSON.stringify({ tiers: { abc: { aShare: 0.5, bShare: 0.8 } } }));
    const run = await runCli(["score", EXAMPLE, "--settings", settings, "--json", ...AS_OF]);
    const tighter = JSON.parse(run.stdout).summary.abc.counts.A;
    expect(tighter).toBeLessThan(out.summary.abc.counts.A);
  });

  it("prints a readable summary in both languages", async () => {
    const en = await runCli(["score", EXAMPLE, "-o", join(dir, "summary-en.xlsx"), ...AS_OF]);
    expect(en.stdout).toMatch(/500 customers scored/);
    expect(en.stdout).toMatch(/A: \d+ customers, [\d.]+% of value/);
    const zh = await runCli([
      "score",
      EXAMPLE,
      "--lang",
      "zh-CN",
      "-o",
      join(dir, "summary-zh.xlsx"),
      ...AS_OF,
    ]);
    expect(zh.stdout).toContain("客户金字塔");
  });
});

describe("tiersheet score on CDNOW (lifetimes' CDNOW_master.txt as a transactions table)", () => {
  const file = referenceFile("CDNOW_master.txt");
  (file ? it : it.skip)(
    "gives 23,570 customers, each with an RFM segment and an ABC tier",
    async () => {
      const run = await runCli(["score", file!, "--as-of", "1998-07-01", "--json"]);
      expect(run.code).toBe(0);
      const out = JSON.parse(run.stdout);
      expect(out.customers).toHaveLength(23_570);
      expect(out.valueMeasure).toBe("sales_amount");
      const missing = out.customers.filter(
        (c: { rfm: { segment: string } | null; abc: string | null }) => !c.rfm?.segment || !c.abc
      );
      expect(missing).toEqual([]);
      // Leading zeros of the ids are kept (domain.md §8: ids are strings).
      expect(out.customers[0].customer_id).toBe("00001");
    }
  );
});
