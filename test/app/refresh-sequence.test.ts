import * as fs from "node:fs";
import * as path from "node:path";
import { refreshTiers } from "../../src/app/refresh";
import { runCommand } from "../../src/commands/run-command";
import { dayFromIso, isoFromDay } from "../../src/engine/day";
import { previousHistory, readSnapshots } from "../../src/engine/history/snapshot";
import { DEFAULT_SETTINGS } from "../../src/engine/settings";
import type { WorkbookData } from "../../src/engine/table/sheet";
import { ExcelHost } from "../../src/hosts/excel/excel-host";
import { buildXlsx } from "../../src/hosts/file/build-xlsx";
import { FileHost } from "../../src/hosts/file/file-host";
import { applyPlanToXlsx } from "../../src/hosts/file/plan/apply-plan";
import { FakeExcel, FakeWorkbook } from "../excel-fake";
import { runCli, tempDir } from "../support/run-cli";

// Four monthly refreshes; each face must continue the history the workbook holds, whichever face
// made the earlier snapshots (the pane used to drop it).
const DATES = ["2026-08-01", "2026-09-01", "2026-10-01", "2026-11-01"];
const HEADER = ["客户编号", "客户名称", "联系电话", "毛利贡献", "交易次数", "最近交易日期"];
const ROWS = Array.from({ length: 12 }, (_, i) => [
  `C${String(i + 1).padStart(2, "0")}`,
  `公司${i + 1}`,
  `1380013800${i % 10}`,
  (12 - i) * (12 - i) * 100,
  (i % 4) + 1,
  "2026-07-15",
]);

type Face = "pane" | "cli";

async function paneRefresh(bytes: Uint8Array, asOf: string): Promise<Uint8Array> {
  const host = await FileHost.open(bytes, "customers.xlsx", { applyPlanToXlsx });
  const outcome = await refreshTiers(
    host,
    { asOf: dayFromIso(asOf)!, settings: DEFAULT_SETTINGS },
    "en-US"
  );
  expect("run" in outcome).toBe(true);
  return host.resultBytes();
}

async function cliRefresh(bytes: Uint8Array, asOf: string): Promise<Uint8Array> {
  const dir = tempDir();
  const file = path.join(dir, "customers.xlsx");
  fs.writeFileSync(file, bytes);
  const run = await runCli(["refresh", file, "--as-of", asOf]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return new Uint8Array(fs.readFileSync(file));
}

async function refreshInTurn(faces: readonly Face[]): Promise<WorkbookData> {
  let bytes = await buildXlsx({ sheets: [{ name: "客户档案", rows: [HEADER, ...ROWS] }] });
  for (let i = 0; i < faces.length; i++) {
    bytes = await (faces[i] === "pane" ? paneRefresh : cliRefresh)(bytes, DATES[i]);
  }
  // Every sheet, the add-in's own included (the use cases read only the history of those).
  return (await FileHost.open(bytes, "customers.xlsx", { applyPlanToXlsx })).workbook();
}

function historyDates(workbook: WorkbookData): string[] {
  return [...new Set(previousHistory(workbook).map((r) => isoFromDay(r.date)))];
}

function moversTitle(workbook: WorkbookData): unknown {
  const sheets = workbook.sheets.filter((s) => s.outputKey === "migration");
  expect(sheets).toHaveLength(1);
  return sheets[0].rows[0][0];
}

describe("refresh through every face keeps the workbook's history", () => {
  it("pane, pane, CLI, pane (browser FileHost): 4 snapshots, Movers compares the last two", async () => {
    const workbook = await refreshInTurn(["pane", "pane", "cli", "pane"]);
    expect(historyDates(workbook)).toEqual(DATES);
    expect(previousHistory(workbook)).toHaveLength(4 * ROWS.length);
    expect(String(moversTitle(workbook))).toContain("2026-10-01");
    expect(String(moversTitle(workbook))).toContain("2026-11-01");
  });

  it("gives the same history and Movers sheet whatever the order of faces", async () => {
    const orders: Face[][] = [
      ["pane", "pane", "pane", "pane"],
      ["cli", "cli", "cli", "cli"],
      ["cli", "pane", "cli", "pane"],
      ["pane", "cli", "pane", "cli"],
    ];
    const results = [];
    for (const order of orders) {
      const workbook = await refreshInTurn(order);
      const own = (key: string) => workbook.sheets.find((s) => s.outputKey === key)?.rows;
      results.push({ history: own("history"), movers: own("migration"), tiers: own("tiers") });
    }
    expect(results[0].history).toHaveLength(1 + 4 * ROWS.length);
    expect(results[0].movers).toBeDefined();
    expect(results[0].tiers).toBeDefined();
    for (const r of results.slice(1)) expect(r).toEqual(results[0]);
  });

  it("Excel: pane, pane, ribbon, pane: 4 snapshots in the History sheet", async () => {
    const wb = FakeWorkbook.with("客户档案");
    wb.sheet("客户档案").put("A1", [HEADER, ...ROWS]);
    const host = new ExcelHost(new FakeExcel(wb).run);
    const pane = async (asOf: string): Promise<void> => {
      const outcome = await refreshTiers(
        host,
        { asOf: dayFromIso(asOf)!, settings: DEFAULT_SETTINGS },
        "zh-CN"
      );
      expect("run" in outcome).toBe(true);
    };
    await pane(DATES[0]);
    await pane(DATES[1]);
    expect(
      await runCommand("refreshTiers", host, { asOf: dayFromIso(DATES[2])!, lang: "zh-CN" })
    ).toEqual({ kind: "scored", customers: ROWS.length });
    await pane(DATES[3]);
    const listing = (await host.listSheets()).find((s) => s.outputKey === "history")!;
    const history = readSnapshots(await host.readSheet(listing.name));
    expect([...new Set(history.map((r) => isoFromDay(r.date)))]).toEqual(DATES);
    const movers = (await host.listSheets()).find((s) => s.outputKey === "migration")!;
    const title = String((await host.readSheet(movers.name)).rows[0][0]);
    expect(title).toContain("2026-10-01");
    expect(title).toContain("2026-11-01");
  });
});
