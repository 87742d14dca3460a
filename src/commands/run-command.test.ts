import { dayFromIso } from "../engine/day";
import type { WorkbookPlan } from "../engine/plan/workbook-plan";
import { buildXlsx } from "../hosts/file/build-xlsx";
import { FileHost } from "../hosts/file/file-host";
import { runCommand } from "./run-command";

const asOf = dayFromIso("2026-11-01")!;
const SHEET = {
  name: "客户档案",
  rows: [
    ["客户编号", "客户名称", "联系电话", "毛利贡献", "交易次数", "最近交易日期"],
    ["C1", "甲公司", "12345", 100, 2, "2026-10-01"],
    ["C2", "乙公司", "13800138000", 50, 1, "2026-09-01"],
  ],
};

async function hostWithPlans(
  settings?: string
): Promise<{ host: FileHost; plans: WorkbookPlan[] }> {
  const plans: WorkbookPlan[] = [];
  const host = await FileHost.open(await buildXlsx({ sheets: [SHEET] }), "c.xlsx", {
    applyPlanToXlsx: async (bytes, plan) => {
      plans.push(plan);
      return bytes;
    },
  });
  if (settings !== undefined) await host.saveSettings(settings);
  return { host, plans };
}

describe("runCommand", () => {
  it("check: writes the check report and highlights the problem cells", async () => {
    const { host, plans } = await hostWithPlans();
    const outcome = await runCommand("check", host, { asOf, lang: "en-US" });
    expect(outcome).toEqual({ kind: "checked", errors: 1, warnings: 0, highlighted: 1 });
    expect(plans.map((p) => p.sheets.map((s) => s.key))).toEqual([["validation"]]);
    expect(host.currentHighlights()).toEqual([
      { sheet: "客户档案", cells: ["C2"], severity: "error" },
    ]);
  });

  it("score and refreshTiers: write the result sheets", async () => {
    for (const name of ["score", "refreshTiers"] as const) {
      const { host, plans } = await hostWithPlans();
      expect(await runCommand(name, host, { asOf, lang: "zh-CN" })).toEqual({
        kind: "scored",
        customers: 2,
      });
      expect(plans[0].sheets.map((s) => s.key)).toContain("tiers");
    }
  });

  it("falls back to the defaults when the workbook's settings are invalid", async () => {
    const expected = { kind: "checked", errors: 1, warnings: 0, highlighted: 1 };
    const broken = await hostWithPlans("{not json");
    expect(await runCommand("check", broken.host, { asOf, lang: "en-US" })).toEqual(expected);
    // Parses, but aShare is out of range: the whole object is refused, staleDays included.
    const refused = await hostWithPlans(
      JSON.stringify({ validation: { staleDays: 1 }, tiers: { abc: { aShare: 1.5 } } })
    );
    expect(await runCommand("check", refused.host, { asOf, lang: "en-US" })).toEqual(expected);
  });
});
