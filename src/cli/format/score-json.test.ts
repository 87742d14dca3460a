import { dayFromIso, isoFromDay } from "../../engine/day";
import { makeSample } from "../../engine/sample/make-sample";
import { scoreWorkbook } from "../../engine/score-workbook";
import { DEFAULT_SETTINGS } from "../../engine/settings";
import { customerJson, roundForJson, summaryJson, writeScoreJson } from "./score-json";
import { eachScoredCustomer } from "../../engine/scored-customers";

const asOf = dayFromIso("2026-11-01")!;

describe("roundForJson", () => {
  it("rounds to the given decimals", () => {
    expect(roundForJson(1.23456, 2)).toBe(1.23);
    expect(roundForJson(null, 2)).toBeNull();
  });

  it("keeps a value whose scaling would overflow, instead of turning it into Infinity (JSON null)", () => {
    expect(roundForJson(1e308, 2)).toBe(1e308);
    expect(JSON.stringify(roundForJson(1.7e308, 4))).toBe("1.7e+308");
  });
});

describe("writeScoreJson", () => {
  const { workbook } = makeSample({ kind: "enterprise", rows: 7000, seed: 11, asOf, messy: true });
  const run = scoreWorkbook(workbook, { asOf, settings: DEFAULT_SETTINGS })!;

  it("writes, in chunks, the text of one JSON.stringify of the whole document", async () => {
    const chunks: string[] = [];
    await writeScoreJson(run, "zh-CN", (t) => chunks.push(t));
    const whole = {
      asOf: isoFromDay(run.asOf),
      settingsVersion: run.settings.version,
      valueMeasure: "gross_profit - service_cost",
      rfmBreaks: run.tiers.rfmBreaks,
      customers: [...eachScoredCustomer(run)].map((c) => customerJson(c, "zh-CN")),
      summary: summaryJson(run),
    };
    expect(chunks.join("")).toBe(JSON.stringify(whole) + "\n");
    // Head, three chunks of customers (3000, 3000 and the rest), summary.
    expect(chunks.length).toBe(5);
  });

  it("writes an empty customers array for no customers", async () => {
    const chunks: string[] = [];
    await writeScoreJson({ ...run, customers: { ...run.customers, length: 0 } }, "en-US", (t) =>
      chunks.push(t)
    );
    expect(JSON.parse(chunks.join("")).customers).toEqual([]);
  });

  it("waits for the reader after every chunk of customers, before writing the next", async () => {
    const events: string[] = [];
    await writeScoreJson(
      run,
      "en-US",
      () => events.push("write"),
      async () => {
        events.push("wait");
      }
    );
    expect(events).toEqual(["write", "write", "wait", "write", "wait", "write", "wait", "write"]);
  });
});
