import ExcelJS from "exceljs";
import { dayFromIso } from "../../engine/day";
import { classWorkbookBytes, classWorkbookName } from "./class-workbook";

const asOf = dayFromIso("2026-11-01")!;

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

describe("classWorkbookBytes", () => {
  it("gives the customer file, a visible Exercises sheet and a hidden Answers sheet", async () => {
    const workbook = await open(await classWorkbookBytes("pareto", 7, asOf, "en-US"));
    const sheets = workbook.worksheets.map((w) => [w.name, w.state]);
    expect(sheets).toContainEqual(["Exercises", "visible"]);
    expect(sheets).toContainEqual(["Answers", "hidden"]);
    expect(sheets[0]).toEqual(["客户档案", "visible"]);
    expect(workbook.getWorksheet("Exercises")!.getCell("B1").value).toBe("Question");
    expect(workbook.getWorksheet("Exercises")!.rowCount).toBeGreaterThan(1);
  });

  it("names its sheets in the pane's language", async () => {
    const workbook = await open(await classWorkbookBytes("credit", 7, asOf, "zh-CN"));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(["练习", "答案"])
    );
  });

  it("gives the same customers for the same seed and others for another seed", async () => {
    const rows = async (seed: number): Promise<unknown> => {
      const workbook = await open(await classWorkbookBytes("rfm", seed, asOf, "en-US"));
      return workbook.worksheets[0].getSheetValues();
    };
    expect(await rows(11)).toEqual(await rows(11));
    expect(await rows(11)).not.toEqual(await rows(12));
  });
});

describe("classWorkbookName", () => {
  it("names the lesson and the seed", () => {
    expect(classWorkbookName("lifecycle", 2026)).toBe("tiersheet-lesson-lifecycle-2026.xlsx");
  });
});
