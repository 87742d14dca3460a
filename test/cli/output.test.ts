import ExcelJS from "exceljs";
import JSZip from "jszip";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { runCli, STACK_TRACE, tempDir } from "../support/run-cli";

const EXAMPLE = join(__dirname, "..", "..", "examples", "customers.xlsx");
const dir = tempDir();

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Every chart part's type and the ranges its series read. */
async function chartsOf(file: string) {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const charts = [];
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    charts.push({
      types: [...xml.matchAll(/<c:(barChart|lineChart|doughnutChart)>/g)].map((m) => m[1]),
      title: /<a:t>([^<]*)<\/a:t>/.exec(xml)?.[1] ?? "",
      refs: [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1].replace(/&apos;/g, "'")),
    });
  }
  return charts;
}

describe("tiersheet score writes the scored workbook", () => {
  const output = join(dir, "scored.xlsx");

  beforeAll(async () => {
    const run = await runCli(["score", EXAMPLE, "-o", output, "--as-of", "2026-11-01"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("adds the dashboard, tiers, credit, check and history sheets after the user's sheet", async () => {
    const workbook = await load(output);
    expect(workbook.worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toEqual([
      "客户档案",
      "TierSheet Dashboard",
      "TierSheet Tiers",
      "TierSheet Credit",
      "TierSheet Check",
      "TierSheet History",
    ]);
    const tiers = workbook.getWorksheet("TierSheet Tiers")!;
    expect(tiers.rowCount).toBe(501);
    expect(tiers.getCell("A2").value).toBe("C0001");
  });

  it("holds the Pareto, tier-share, pyramid, credit-grade and lifecycle charts as native chart parts over the dashboard's ranges", async () => {
    const charts = await chartsOf(output);
    const byTitle = (title: string) => charts.find((c) => c.title.startsWith(title))!;
    const pareto = byTitle("Pareto");
    expect(pareto.types).toEqual(["barChart", "lineChart"]);
    expect(pareto.refs.every((r) => r.startsWith("'TierSheet Dashboard'!$"))).toBe(true);
    expect(byTitle("ABC tiers").types).toEqual(["doughnutChart"]);
    // Titles say what is plotted (issue 16).
    expect(byTitle("Customers by pyramid level").types).toEqual(["barChart"]);
    expect(byTitle("Customers by credit grade").types).toEqual(["barChart"]);
    expect(byTitle("Customers by lifecycle status").types).toEqual(["barChart"]);
    expect(byTitle("Value by region").types).toEqual(["barChart"]);
    expect(charts.length).toBeGreaterThanOrEqual(5);
    // The Pareto reads its categories and both series from the same rows of the dashboard.
    const rows = pareto.refs.map((r) => /\$(\d+):\$[A-Z]+\$(\d+)$/.exec(r)!.slice(1).join("-"));
    expect(new Set(rows).size).toBe(1);
  });

  it("leaves every cell of the user's sheet as it was: value, number format, merges", async () => {
    const before = (await load(EXAMPLE)).getWorksheet("客户档案")!;
    const after = (await load(output)).getWorksheet("客户档案")!;
    expect(after.rowCount).toBe(before.rowCount);
    expect((after.model as { merges?: string[] }).merges).toEqual(
      (before.model as { merges?: string[] }).merges
    );
    before.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const other = after.getCell(r, c);
        expect([r, c, other.value]).toEqual([r, c, cell.value]);
        expect([r, c, other.numFmt]).toEqual([r, c, cell.numFmt]);
      });
    });
  });

  it("never overwrites its input, and replaces an existing output only with --force", async () => {
    const again = await runCli(["score", EXAMPLE, "-o", output, "--as-of", "2026-11-01"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");
    const input = await runCli(["score", EXAMPLE, "-o", EXAMPLE, "--as-of", "2026-11-01"]);
    expect(input.code).toBe(2);
    expect(input.stderr).toContain("never overwrites");
  });

  it("writes NAME.scored.xlsx beside the input when -o is not given", async () => {
    const copy = join(dir, "beside.xlsx");
    copyFileSync(EXAMPLE, copy);
    const run = await runCli(["score", copy, "--as-of", "2026-11-01"]);
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, "beside.scored.xlsx"))).toBe(true);
  });

  it("scores a CSV into a new workbook", async () => {
    const csv = join(dir, "few.csv");
    writeFileSync(
      csv,
      '客户编号,客户名称,毛利贡献,交易次数\nC1,"=HYPERLINK(""http://x"",""y"")",100,2\nC2,+1,50,1\n'
    );
    const out = join(dir, "few.scored.xlsx");
    expect((await runCli(["score", csv, "-o", out, "--as-of", "2026-11-01"])).code).toBe(0);
    const tiers = (await load(out)).getWorksheet("TierSheet Tiers")!;
    // Names that look like formulas stay text in the output.
    expect(tiers.getCell("B2").value).toBe('=HYPERLINK("http://x","y")');
    expect(tiers.getCell("B3").value).toBe("+1");
  });
});

describe("a workbook with parts no library models (a pivot table)", () => {
  it("is written without --force, the part carried over byte for byte", async () => {
    const file = join(dir, "with-pivot.xlsx");
    const zip = await JSZip.loadAsync(readFileSync(EXAMPLE));
    zip.file("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");
    writeFileSync(file, await zip.generateAsync({ type: "uint8array" }));
    const out = join(dir, "kept.xlsx");
    const run = await runCli(["score", file, "-o", out, "--as-of", "2026-11-01"]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const pivot = (await JSZip.loadAsync(readFileSync(out))).file("xl/pivotTables/pivotTable1.xml");
    expect(await pivot?.async("string")).toBe("<pivotTableDefinition/>");
  });
});

describe("tiersheet refresh", () => {
  it("two refreshes a month apart give two snapshots and a migration matrix over the customers present both times", async () => {
    const file = join(dir, "monthly.xlsx");
    copyFileSync(EXAMPLE, file);
    const first = await runCli(["refresh", file, "--as-of", "2026-10-01"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(existsSync(join(dir, "monthly.bak.xlsx"))).toBe(true);
    const second = await runCli(["refresh", file, "--as-of", "2026-11-01"]);
    expect(second.code).toBe(0);
    const workbook = await load(file);
    // Each refresh replaced the add-in's sheets instead of adding a second set.
    expect(workbook.worksheets.filter((w) => w.name.startsWith("TierSheet Tiers"))).toHaveLength(1);
    const history = workbook.getWorksheet("TierSheet History")!;
    const dates = new Set<string>();
    history.eachRow((row, r) => {
      if (r > 1) dates.add(String((row.getCell(1).value as Date).toISOString().slice(0, 10)));
    });
    expect([...dates]).toEqual(["2026-10-01", "2026-11-01"]);
    expect(history.rowCount).toBe(1 + 2 * 500);
    const movers = workbook.getWorksheet("TierSheet Movers")!;
    let matrix = 0;
    for (let r = 5; r <= 7; r++)
      for (let c = 2; c <= 4; c++) matrix += Number(movers.getCell(r, c).value);
    expect(matrix).toBe(500);
  });

  it("refuses a CSV, which it cannot update in place", async () => {
    const csv = join(dir, "plain.csv");
    writeFileSync(csv, "客户编号,客户名称\nC1,甲\n");
    const run = await runCli(["refresh", csv]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("tiersheet score");
  });
});
