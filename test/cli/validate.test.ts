import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { dayFromIso } from "../../src/engine/day";
import { makeSample } from "../../src/engine/sample/make-sample";
import { readXlsx } from "../../src/hosts/file/read-xlsx";
import { referenceFile } from "../support/reference-data";
import { runCli, STACK_TRACE, tempDir } from "../support/run-cli";

const dir = tempDir();
const AS_OF = ["--as-of", "2026-11-01"];
/** How examples/customers.xlsx is made: see the "examples" script in package.json. */
const EXAMPLE_ROWS = 500;
const EXAMPLE_SEED = 2026;

async function writeXlsx(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

function json(stdout: string) {
  return JSON.parse(stdout);
}

describe("tiersheet validate", () => {
  it("prints exactly the documented JSON shape", async () => {
    const file = await writeXlsx("shape.xlsx", (wb) => {
      const ws = wb.addWorksheet("客户档案");
      ws.addRow(["客户编号", "客户名称", "联系电话"]);
      ws.addRow(["C1", "甲公司", "12345"]);
    });
    const run = await runCli(["validate", file, "--json", ...AS_OF]);
    expect(run.code).toBe(1);
    const out = json(run.stdout);
    expect(Object.keys(out)).toEqual([
      "valid",
      "template",
      "sheet",
      "headerRow",
      "rows",
      "stats",
      "findings",
    ]);
    expect(out).toMatchObject({
      valid: false,
      template: "enterprise",
      sheet: "客户档案",
      headerRow: 1,
      rows: 1,
    });
    expect(out.stats).toEqual({ errors: 1, warnings: 0, infos: 0 });
    expect(out.findings).toEqual([
      {
        row: 2,
        column: "C",
        field: "phone",
        code: "type-error",
        severity: "error",
        message: expect.stringContaining("Phone"),
        fix: null,
      },
    ]);
  });

  it("reads Chinese headers on row 3 under a merged title, 1.2万 and 2024年3月5日, each reading shown as a fix", async () => {
    const file = await writeXlsx("merged.xlsx", (wb) => {
      const ws = wb.addWorksheet("客户档案");
      ws.getCell("A1").value = "华东区客户档案（2026 年 11 月）";
      ws.mergeCells("A1:E1");
      ws.addRow([]);
      ws.getRow(3).values = ["客户编号", "客户名称", "累计销售额", "首次交易日期", "交易次数"];
      ws.getRow(4).values = ["C001", "上海华信精密机械有限公司", "1.2万", "2024年3月5日", 3];
      ws.getRow(5).values = [
        "C002",
        "杭州远景纺织有限公司",
        5000,
        new Date(Date.UTC(2023, 0, 9)),
        1,
      ];
    });
    const run = await runCli(["validate", file, "--json", ...AS_OF]);
    const out = json(run.stdout);
    expect(run.code).toBe(0);
    expect(out.headerRow).toBe(3);
    expect(out.rows).toBe(2);
    expect(out.stats.errors).toBe(0);
    const fixes = out.findings.map(
      (f: { row: number; column: string; code: string; fix: unknown }) => [
        f.row,
        f.column,
        f.code,
        f.fix,
      ]
    );
    expect(fixes).toEqual([
      [4, "C", "format-fix", 12000],
      [4, "D", "format-fix", "2024-03-05"],
    ]);
  });

  it("prints a readable summary: counts by code, then findings with row and column", async () => {
    const file = await writeXlsx("summary.xlsx", (wb) => {
      const ws = wb.addWorksheet("客户档案");
      ws.addRow(["客户编号", "客户名称", "电子邮箱"]);
      ws.addRow(["C1", "甲公司", "not-an-email"]);
      ws.addRow(["C1", "乙公司", "b@example.com"]);
    });
    const run = await runCli(["validate", file, ...AS_OF]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("summary.xlsx › 客户档案");
    expect(run.stdout).toMatch(/type-error\s+error\s+1/);
    expect(run.stdout).toMatch(/unique-error\s+error\s+1/);
    expect(run.stdout).toContain("2:C type-error");
    expect(run.stdout).toContain("3:A unique-error");
    const zh = await runCli(["validate", file, "--lang", "zh-CN", ...AS_OF]);
    expect(zh.stdout).toContain("第 3 行");
  });

  it("reads a template from a JSON file", async () => {
    const template = {
      id: "two",
      version: 1,
      title: { "zh-CN": "两列", "en-US": "Two columns" },
      fields: [
        {
          name: "id",
          title: { "zh-CN": "编号", "en-US": "Id" },
          type: "string",
          constraints: { required: true },
        },
        { name: "name", title: { "zh-CN": "名称", "en-US": "Name" }, type: "string" },
      ],
    };
    const templateFile = join(dir, "two.json");
    writeFileSync(templateFile, JSON.stringify(template));
    const csv = join(dir, "two.csv");
    writeFileSync(csv, "id,name\n1,a\n,b\n");
    const out = json(
      (await runCli(["validate", csv, "--template", templateFile, "--json", ...AS_OF])).stdout
    );
    expect(out.template).toBe("two");
    expect(out.findings.map((f: { row: number; code: string }) => [f.row, f.code])).toEqual([
      [3, "missing-cell"],
    ]);
    writeFileSync(
      templateFile,
      JSON.stringify({ ...template, fields: [{ name: "id", type: "money" }] })
    );
    const bad = await runCli(["validate", csv, "--template", templateFile, ...AS_OF]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("fields[0]");
  });
});

describe("tiersheet validate on frictionless_invalid.csv", () => {
  const file = referenceFile("frictionless_invalid.csv");
  (file ? it : it.skip)(
    "gives the eight findings Frictionless reports, with a two-field template",
    async () => {
      const templateFile = join(dir, "id-name.json");
      writeFileSync(
        templateFile,
        JSON.stringify({
          id: "id-name",
          version: 1,
          title: { "zh-CN": "编号与名称", "en-US": "id and name" },
          fields: [
            { name: "id", title: { "zh-CN": "编号", "en-US": "id" }, type: "integer" },
            { name: "name", title: { "zh-CN": "名称", "en-US": "name" }, type: "string" },
          ],
        })
      );
      const out = json(
        (await runCli(["validate", file!, "--template", templateFile, "--json", ...AS_OF])).stdout
      );
      const expected = [
        [1, "C", "blank-label"],
        [1, "D", "duplicate-label"],
        [2, "C", "missing-cell"],
        [2, "D", "missing-cell"],
        [3, "C", "missing-cell"],
        [3, "D", "missing-cell"],
        [4, null, "blank-row"],
        [5, "E", "extra-cell"],
      ];
      const frictionlessCodes = new Set(expected.map((e) => e[2]));
      const found = out.findings.map((f: { row: number; column: string | null; code: string }) => [
        f.row,
        f.column,
        f.code,
      ]);
      expect(found.filter((f: unknown[]) => frictionlessCodes.has(f[2] as string))).toEqual(
        expected
      );
      // Frictionless does not look for repeated rows; TierSheet also warns that row 3 repeats row 2.
      expect(found.filter((f: unknown[]) => !frictionlessCodes.has(f[2] as string))).toEqual([
        [3, null, "duplicate-row"],
      ]);
    }
  );
});

describe("tiersheet validate on input it cannot read", () => {
  async function expectClearFailure(file: string, pattern: RegExp, extra: string[] = []) {
    const run = await runCli(["validate", file, ...extra, ...AS_OF]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(pattern);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const zh = await runCli(["validate", file, ...extra, "--lang", "zh-CN", ...AS_OF]);
    expect(zh.stderr).toMatch(/[\u4e00-\u9fff]/);
    return run;
  }

  it("an empty file", async () => {
    const file = join(dir, "empty.xlsx");
    writeFileSync(file, "");
    await expectClearFailure(file, /empty\.xlsx/);
  });

  it("a file that is not a workbook", async () => {
    const file = join(dir, "notes.xlsx");
    writeFileSync(file, "these are my notes, not a workbook\n");
    await expectClearFailure(file, /notes\.xlsx/);
  });

  it("a password-protected workbook (Excel stores it as an OLE2 compound file)", async () => {
    const file = join(dir, "locked.xlsx");
    const bytes = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
    writeFileSync(file, bytes);
    await expectClearFailure(file, /password/i);
  });

  it("a missing file", async () => {
    await expectClearFailure(join(dir, "nowhere.xlsx"), /nowhere\.xlsx/);
  });

  it("a sheet with no header gives a header-not-found finding, exit 1", async () => {
    const file = await writeXlsx("numbers.xlsx", (wb) => {
      const ws = wb.addWorksheet("Sheet1");
      for (let i = 0; i < 30; i++) ws.addRow([i, i * 2, i * 3]);
    });
    const run = await runCli(["validate", file, "--json", ...AS_OF]);
    expect(run.code).toBe(1);
    expect(json(run.stdout).findings.map((f: { code: string }) => f.code)).toEqual([
      "header-not-found",
    ]);
  });

  it("a sheet with 1,000,000 blank rows after its data reads only its data", async () => {
    const file = join(dir, "long.csv");
    writeFileSync(
      file,
      "客户编号,客户名称,联系电话\nC1,甲公司,13800138000\n" + ",,\n".repeat(1_000_000)
    );
    const run = await runCli(["validate", file, "--json", ...AS_OF]);
    expect(run.code).toBe(0);
    expect(json(run.stdout)).toMatchObject({
      rows: 1,
      stats: { errors: 0, warnings: 0, infos: 0 },
    });
  });

  it("names a missing sheet and lists the sheets there are", async () => {
    const file = await writeXlsx("sheets.xlsx", (wb) => {
      wb.addWorksheet("客户档案").addRow(["客户编号", "客户名称"]);
    });
    const run = await expectClearFailure(file, /Nope/, ["--sheet", "Nope"]);
    expect(run.stderr).toContain("客户档案");
  });

  it("refuses unknown options and bad dates with a message", async () => {
    const file = join(dir, "x.csv");
    writeFileSync(file, "客户编号,客户名称\nC1,甲\n");
    const typo = await runCli(["validate", file, "--shet", "x"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("--shet");
    const date = await runCli(["validate", file, "--as-of", "2026-13-01"]);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain("YYYY-MM-DD");
  });
});

describe("the bundled sample", () => {
  it("examples/customers.xlsx validates with exit 0", async () => {
    const run = await runCli([
      "validate",
      join(__dirname, "..", "..", "examples", "customers.xlsx"),
      ...AS_OF,
    ]);
    expect(run.stdout).toContain("No errors");
    expect(run.code).toBe(0);
  });

  it("is what the sample generator makes (npm run examples), cell for cell", async () => {
    const shipped = await readXlsx(
      readFileSync(join(__dirname, "..", "..", "examples", "customers.xlsx")),
      "customers.xlsx"
    );
    const made = makeSample({
      kind: "enterprise",
      rows: EXAMPLE_ROWS,
      seed: EXAMPLE_SEED,
      asOf: dayFromIso("2026-11-01")!,
    });
    expect(shipped.sheets.map((s) => s.name)).toEqual(made.workbook.sheets.map((s) => s.name));
    const trim = (rows: unknown[][]) =>
      rows.map((r) => {
        const c = [...r];
        while (c.length && (c[c.length - 1] ?? null) === null) c.pop();
        return c.map((v) => v ?? null);
      });
    expect(trim(shipped.sheets[0].rows)).toEqual(trim(made.workbook.sheets[0].rows));
  });
});
