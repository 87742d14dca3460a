/**
 * The reader without ExcelJS (src/hosts/file/xlsx/) gives the engine the very sheets the ExcelJS
 * reader gave, on every workbook the project keeps and on fresh samples, so results are unchanged.
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { readXlsx } from "../../../src/hosts/file/read-xlsx";
import { readXlsxWithExcelJs } from "../../../src/hosts/file/read-xlsx-exceljs";
import { isFileReadError } from "../../../src/hosts/file/file-error";
import { runCli, tempDir } from "../../support/run-cli";

const ROOT = join(__dirname, "../../..");
const KEPT = [
  "examples/customers.xlsx",
  ...readdirSync(join(ROOT, "test/fixtures/bad"))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => `test/fixtures/bad/${f}`),
  ...["scored.xlsx", "lo-scored.xlsx", "user-named-history.xlsx"].map(
    (f) => `test/fixtures/xlsx/${f}`
  ),
];

async function both(bytes: Uint8Array): Promise<[unknown, unknown]> {
  const old = await readXlsxWithExcelJs(bytes, "book.xlsx").catch((e: unknown) =>
    isFileReadError(e) ? e.code : e
  );
  let now: unknown;
  try {
    now = await readXlsx(bytes, "book.xlsx");
  } catch (e) {
    now = isFileReadError(e) ? e.code : e;
  }
  return [old, now];
}

describe("readXlsxParts reads what the ExcelJS reader read", () => {
  it.each(KEPT)("%s", async (file) => {
    const bytes = new Uint8Array(readFileSync(join(ROOT, file)));
    const [old, now] = await both(bytes);
    expect(now).toEqual(old);
  });

  const SAMPLES = [
    ["--kind", "enterprise", "--rows", "300", "--messy"],
    ["--kind", "individual", "--rows", "200"],
    ["--kind", "transactions", "--rows", "200", "--messy"],
    ["--lesson", "rfm"],
    ["--lesson", "validation"],
  ];
  it.each(SAMPLES.map((args) => [args.join(" "), args]))("sample %s", async (_, args) => {
    const dir = tempDir();
    const out = join(dir, "s.xlsx");
    const run = await runCli(["sample", ...(args as string[]), "--seed", "3", "-o", out], dir);
    expect(run.code).toBe(0);
    const [old, now] = await both(new Uint8Array(readFileSync(out)));
    expect(now).toEqual(old);
  });
});
