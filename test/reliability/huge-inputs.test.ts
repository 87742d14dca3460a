import ExcelJS from "exceljs";
import { createWriteStream, mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { main } from "../../src/cli/main";
import { runCli, STACK_TRACE, tempDir } from "../support/run-cli";
import { GENERATED_INPUTS } from "./huge-inputs.cases";

const dir = tempDir();
const AS_OF = ["--as-of", "2026-11-01"];
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;
const FOUR_GB = 4 * 1024 ** 3;

/** Samples the resident set while `work` runs: the peak must stay under 4 GB. */
async function peakRss<T>(work: () => Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peak };
  } finally {
    clearInterval(timer);
  }
}

async function writeLines(
  file: string,
  lines: (i: number) => string,
  count: number
): Promise<void> {
  const out = createWriteStream(file);
  const block: string[] = [];
  for (let i = 0; i < count; i++) {
    block.push(lines(i));
    if (block.length === 10_000 || i === count - 1) {
      if (!out.write(block.join("\n") + "\n"))
        await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      block.length = 0;
    }
  }
  await new Promise<void>((resolve) => out.end(resolve));
}

function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

it("lists what it generates", () => {
  expect(Object.keys(GENERATED_INPUTS).sort()).toEqual(
    [
      "columns-16384.csv",
      "columns-16384.xlsx",
      "directory.csv",
      "missing-file.xlsx",
      "rows-1048576.csv",
    ].sort()
  );
});

it(`rows-1048576.csv: validate reads all ${EXCEL_ROWS - 1} customers under Excel's row limit, under 4 GB`, async () => {
  const file = join(dir, "rows-1048576.csv");
  await writeLines(
    file,
    (i) =>
      i === 0
        ? "客户编号,客户名称,累计销售额,交易次数,最近交易日期"
        : `C${i},客户${i},${i % 1000},${1 + (i % 7)},2026-0${1 + (i % 9)}-1${i % 9}`,
    EXCEL_ROWS
  );
  const { result: run, peak } = await peakRss(() => runCli(["validate", file, "--json", ...AS_OF]));
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(JSON.parse(run.stdout)).toMatchObject({ valid: true, headerRow: 1, rows: EXCEL_ROWS - 1 });
  console.log(`rows-1048576.csv validate: peak RSS ${Math.round(peak / 1048576)} MiB`);
  expect(peak).toBeLessThan(FOUR_GB);
}, 180_000);

// Scoring a million customers takes 45-80 s and 3.5-3.9 GB today (README "Performance"), over the
// minute a test may take on the shared 2-core machine: opt in with TIERSHEET_HUGE=1.
(process.env.TIERSHEET_HUGE === "1" ? it : it.skip)(
  "rows-1048576.csv: score --json scores every customer, under 4 GB",
  async () => {
    const file = join(dir, "rows-1048576.csv");
    let customers = 0;
    let err = "";
    const { result: code, peak } = await peakRss(() =>
      main(["score", file, "--json", ...AS_OF], {
        // The output is far beyond one string's limit: count customers as they stream past.
        out: (text) => (customers += text.split('"customer_id":').length - 1),
        err: (text) => (err += text),
        env: { LANG: "en_US.UTF-8" },
        cwd: dir,
      })
    );
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(customers).toBe(EXCEL_ROWS - 1);
    console.log(`rows-1048576.csv score: peak RSS ${Math.round(peak / 1048576)} MiB`);
    expect(peak).toBeLessThan(FOUR_GB);
  },
  600_000
);

describe("16,384 columns (Excel's limit)", () => {
  const header = ["客户编号", "客户名称", "累计销售额"];
  const labels = Array.from(
    { length: EXCEL_COLUMNS },
    (_, c) => header[c] ?? `备注${columnLetter(c + 1)}`
  );
  const rowOf = (id: string) =>
    Array.from({ length: EXCEL_COLUMNS }, (_, c) => (c === 0 ? id : c === 1 ? `客户${id}` : c));

  async function check(file: string): Promise<void> {
    const validate = await runCli(["validate", file, "--json", ...AS_OF]);
    expect(validate.stderr).toBe("");
    const report = JSON.parse(validate.stdout) as {
      rows: number;
      findings: { code: string; column: string }[];
    };
    expect(report.rows).toBe(2);
    const extra = report.findings.filter((f) => f.code === "extra-label");
    expect(extra).toHaveLength(EXCEL_COLUMNS - header.length);
    expect(extra[extra.length - 1].column).toBe("XFD");
    const score = await runCli(["score", file, "--json", ...AS_OF]);
    expect(score.stderr).toBe("");
    expect(score.code).toBe(0);
    const out = JSON.parse(score.stdout) as { customers: { customer_id: string; value: number }[] };
    expect(out.customers.map((c) => [c.customer_id, c.value])).toEqual([
      ["C001", 2],
      ["C002", 2],
    ]);
  }

  it("columns-16384.xlsx", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("客户档案");
    ws.addRow(labels);
    ws.addRow(rowOf("C001"));
    ws.addRow(rowOf("C002"));
    const file = join(dir, "columns-16384.xlsx");
    await wb.xlsx.writeFile(file);
    await check(file);
  }, 60_000);

  it("columns-16384.csv", async () => {
    const file = join(dir, "columns-16384.csv");
    writeFileSync(file, [labels, rowOf("C001"), rowOf("C002")].map((r) => r.join(",")).join("\n"));
    await check(file);
  }, 60_000);
});

describe("not files", () => {
  it("directory.csv: a folder is refused with a message", async () => {
    const folder = join(dir, "directory.csv");
    mkdirSync(folder);
    for (const command of ["validate", "score"]) {
      const run = await runCli([command, folder, ...AS_OF]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/"directory\.csv" cannot be read: not a file/);
      expect(run.stderr).not.toMatch(STACK_TRACE);
    }
  });

  it("missing-file.xlsx: a missing file is refused with a message", async () => {
    for (const command of ["validate", "score"]) {
      const run = await runCli([command, join(dir, "missing-file.xlsx"), ...AS_OF]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/"missing-file\.xlsx" was not found/);
    }
  });
});
