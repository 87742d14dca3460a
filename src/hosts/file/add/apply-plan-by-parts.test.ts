import JSZip from "jszip";
import { readXlsx } from "../read-xlsx";
import { samplePlan, tiersSheet } from "../plan/sample-plan.test-helper";
import { partText, userWorkbook } from "../plan/test-workbooks.test-helper";
import { FFLATE_CODEC, type ZipCodec } from "../xlsx/zip-codec";
import { rawBytes, readZipDirectory } from "../xlsx/zip-directory";
import { applyPlanByParts } from "./apply-plan-by-parts";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** fflate's codec, counting the bytes it inflates. */
function countingCodec(): ZipCodec & { inflated: number[] } {
  const inflated: number[] = [];
  return {
    ...FFLATE_CODEC,
    inflated,
    inflateRaw(data, limit, size) {
      const out = FFLATE_CODEC.inflateRaw(data, limit, size);
      inflated.push(out.length);
      return out;
    },
  };
}

describe("applyPlanByParts", () => {
  it("copies every part it does not edit as its compressed bytes, never inflating it", async () => {
    const input = await userWorkbook();
    const codec = countingCodec();
    const output = applyPlanByParts(input, samplePlan(), { compressor: codec });
    const before = readZipDirectory(input);
    const after = new Map(readZipDirectory(output).map((e) => [e.name, e]));
    const edited = [
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
    ];
    for (const entry of before) {
      if (edited.includes(entry.name)) continue;
      const copy = after.get(entry.name);
      expect(copy && [copy.crc, copy.method, copy.size]).toEqual([
        entry.crc,
        entry.method,
        entry.size,
      ]);
      expect(copy && rawBytes(output, copy)).toEqual(rawBytes(input, entry));
    }
    // The user's sheets are inflated once, to look for the add-in's marker at their end.
    const sheets = before.filter((e) => e.name.startsWith("xl/worksheets/sheet"));
    const others = before.filter(
      (e) =>
        !edited.includes(e.name) &&
        !e.name.startsWith("xl/worksheets/") &&
        !e.name.endsWith(".rels") &&
        e.size > 0
    );
    expect(others.length).toBeGreaterThan(0);
    for (const e of others) expect(codec.inflated.filter((n) => n === e.size)).toEqual([]);
    expect(sheets.length).toBe(2);
  });

  it("does not inflate a sheet again when the same bytes were just read", async () => {
    const input = await userWorkbook();
    await readXlsx(input, "user.xlsx");
    const codec = countingCodec();
    applyPlanByParts(input, samplePlan(), { compressor: codec });
    const sheetSizes = readZipDirectory(input)
      .filter((e) => e.name.startsWith("xl/worksheets/sheet"))
      .map((e) => e.size);
    expect(codec.inflated.filter((n) => sheetSizes.includes(n))).toEqual([]);
  });

  it("drops a calculation chain naming a sheet it removes, and keeps one that names only the user's", async () => {
    const first = applyPlanByParts(await userWorkbook(), {
      sheets: [tiersSheet()],
      highlights: [],
    });
    const workbookXml = await partText(first, "xl/workbook.xml");
    const ours = /<sheet name="Tiers \(2\)" sheetId="(\d+)"/.exec(workbookXml)?.[1];
    const data = /<sheet sheetId="(\d+)" name="Data"/.exec(workbookXml)?.[1];
    expect(ours && data).toBeTruthy();
    const withChain = async (sheetId: string) => {
      const zip = await JSZip.loadAsync(first);
      zip.file("xl/calcChain.xml", `<calcChain><c r="B2" i="${sheetId}"/></calcChain>`);
      const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
      zip.file(
        "xl/_rels/workbook.xml.rels",
        rels.replace(
          "</Relationships>",
          `<Relationship Id="rIdCalc" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`
        )
      );
      const types = await zip.file("[Content_Types].xml")!.async("string");
      zip.file(
        "[Content_Types].xml",
        types.replace(
          "</Types>",
          `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`
        )
      );
      return zip.generateAsync({ type: "uint8array" });
    };
    const again = applyPlanByParts(await withChain(ours as string), {
      sheets: [tiersSheet()],
      highlights: [],
    });
    const names = readZipDirectory(again).map((e) => e.name);
    expect(names).not.toContain("xl/calcChain.xml");
    expect(await partText(again, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(await partText(again, "[Content_Types].xml")).not.toContain("calcChain");

    const kept = applyPlanByParts(await withChain(data as string), {
      sheets: [tiersSheet()],
      highlights: [],
    });
    expect(await partText(kept, "xl/calcChain.xml")).toBe(
      `<calcChain><c r="B2" i="${data}"/></calcChain>`
    );
  });
});
