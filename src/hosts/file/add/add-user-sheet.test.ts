import { readFileSync } from "fs";
import { join } from "path";
import { unzipSync } from "fflate";
import { readXlsx } from "../read-xlsx";
import { applyPlanToXlsx } from "../plan/apply-plan";
import { samplePlan } from "../plan/sample-plan.test-helper";
import { addUserSheet } from "./add-user-sheet";

const FIXTURES = join(__dirname, "../../../../test/fixtures/xlsx");
/** The parts adding a sheet edits: the part lists and the styles (looks appended). */
const EDITED = [
  "[Content_Types].xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/workbook.xml",
];

function changedParts(before: Uint8Array, after: Uint8Array): string[] {
  const a = unzipSync(after);
  const b = unzipSync(before);
  return Object.keys(b).filter((path) => {
    const x = a[path];
    return x === undefined || Buffer.compare(Buffer.from(x), Buffer.from(b[path])) !== 0;
  });
}

describe.each([["corpus-openpyxl.xlsx"], ["corpus-libreoffice.xlsx"], ["corpus-1904.xlsx"]])(
  "a call list added to %s",
  (file) => {
    const input = new Uint8Array(readFileSync(join(FIXTURES, file)));

    it("is a new last sheet, formula-like text stays text, original parts byte for byte", async () => {
      const rows = [
        ["客户编号", "电话", "日期", "金额"],
        ["C1", "+86 138", new Date(Date.UTC(2026, 0, 2)), 12.5],
        ["=HYPERLINK(1)", "-5", null, { error: "#N/A" }],
      ];
      const { bytes, name } = addUserSheet(input, "客户档案", rows as never);
      expect(name).toBe("客户档案 (2)");
      const book = await readXlsx(bytes, file);
      const sheet = book.sheets[book.sheets.length - 1];
      expect(sheet.name).toBe(name);
      expect(sheet.rows[1]).toEqual(["C1", "+86 138", new Date(Date.UTC(2026, 0, 2)), 12.5]);
      expect(sheet.rows[2][0]).toBe("=HYPERLINK(1)");
      expect(sheet.rows[2][1]).toBe("-5");
      expect(sheet.rows[2][3]).toBe("#N/A");
      expect(changedParts(input, bytes).sort()).toEqual(EDITED);
      const added = Object.keys(unzipSync(bytes)).filter((p) => !(p in unzipSync(input)));
      expect(added).toHaveLength(1);
      expect(new TextDecoder().decode(unzipSync(bytes)[added[0]])).not.toContain("<f>");
    });
  }
);

it("leaves the add-in's own sheets and registry as they were", async () => {
  const input = new Uint8Array(readFileSync(join(FIXTURES, "corpus-openpyxl.xlsx")));
  const scored = await applyPlanToXlsx(input, samplePlan());
  const { bytes } = addUserSheet(scored, "Call list", [["id"], ["C1"]]);
  expect(changedParts(scored, bytes).sort()).toEqual(EDITED);
  const before = (await readXlsx(scored, "a.xlsx")).sheets.map((s) => [s.name, s.outputKey]);
  const after = (await readXlsx(bytes, "a.xlsx")).sheets.map((s) => [s.name, s.outputKey]);
  expect(after).toEqual([...before, ["Call list", undefined]]);
});
