import ExcelJS from "exceljs";
import fc from "fast-check";
import { ExcelHost } from "../../src/hosts/excel/excel-host";
import { applyPlanToXlsx } from "../../src/hosts/file/plan/apply-plan";
import { FakeExcel, FakeWorkbook } from "../excel-fake";
import { DANGEROUS, samplePlan } from "../excel-fake/sample-plan";

// Issue 7 item 2: whatever the user's sheet holds, applying a plan through either host leaves every
// one of its cells as it was. The values mix what users type, formula-like text included.
type Value = string | number | boolean | null;

const value: fc.Arbitrary<Value> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...DANGEROUS, "00123", "客户编号", "Tiers", "#N/A"),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
  fc.integer(),
  fc.boolean()
);
const grid = fc.array(fc.array(value, { minLength: 1, maxLength: 6 }), {
  minLength: 1,
  maxLength: 8,
});

/** The user's sheet is named like an output sheet on purpose: it must still be left alone. */
const USER_SHEET = "Tiers";

describe("applying a plan leaves every user cell unchanged", () => {
  it("through the Excel fake (ExcelHost)", async () => {
    await fc.assert(
      fc.asyncProperty(grid, async (rows) => {
        const workbook = FakeWorkbook.with(USER_SHEET);
        workbook.sheet(USER_SHEET).put("A1", rows);
        const before = workbook.sheet(USER_SHEET).snapshot();
        await new ExcelHost(new FakeExcel(workbook).run).applyPlan(samplePlan());
        expect(workbook.sheet(USER_SHEET).snapshot()).toEqual(before);
      }),
      { numRuns: 40 }
    );
  });

  it("through FileHost's .xlsx writer", async () => {
    await fc.assert(
      fc.asyncProperty(grid, async (rows) => {
        const input = new ExcelJS.Workbook();
        const sheet = input.addWorksheet(USER_SHEET);
        rows.forEach((row, i) =>
          row.forEach((v, j) => {
            if (v !== null) sheet.getCell(i + 1, j + 1).value = v;
          })
        );
        const bytes = new Uint8Array(await input.xlsx.writeBuffer());
        const output = await applyPlanToXlsx(bytes, samplePlan());
        // Compared with the input as read from its own bytes, so that only what the plan did shows.
        const before = (await load(bytes)).worksheets.find((w) => w.name === USER_SHEET)!;
        const after = (await load(output)).worksheets.find((w) => w.name === USER_SHEET)!;
        expect(cellsOf(after)).toEqual(cellsOf(before));
      }),
      { numRuns: 25 }
    );
  });
});

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

function cellsOf(sheet: ExcelJS.Worksheet): [string, unknown, string][] {
  const cells: [string, unknown, string][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) =>
      cells.push([cell.address, cell.value, cell.numFmt ?? ""])
    )
  );
  return cells;
}
