import ExcelJS from "exceljs";
import { forExcelJs } from "../exceljs-bytes";
import JSZip from "jszip";
import type { PlanSheet, PlanSheetKey, WorkbookPlan } from "../../../engine/plan/workbook-plan";
import { FileReadError, reasonOf } from "../file-error";
import { takeModel } from "../kept-models";
import { sniffBytes } from "../sniff-bytes";
import type { SheetCharts } from "./add-charts-to-zip";
import { chartXmlForKind } from "./charts/chart-for-kind";
import { checkPlanKeys } from "./check-plan-keys";
import { deferredTables } from "./deferred-tables";
import { detectUnsupportedParts, unsupportedPartsMessage } from "./detect-unsupported-parts";
import { PlanApplyError } from "./plan-apply-error";
import { planCellLookup } from "./plan-cell-lookup";
import { makePlanStyles } from "./plan-styles";
import { readRegistry, type RegistryEntry } from "./read-registry";
import { resolveChart, type ChartSource } from "./resolve-chart";
import { uniqueSheetName } from "./sheet-name";
import { writePlanSheet } from "./write-plan-sheet";
import { writePackage, type SheetBodies } from "./write-package";
import { writeRegistry } from "./write-registry";
import type { ZipCompressor } from "./write-zip";

export interface ApplyPlanOptions {
  /** Write even when the workbook holds parts the output will lack (they are named in the error otherwise). */
  force?: boolean;
  /** The file's name, for error messages. */
  name?: string;
  /** A native DEFLATE and CRC-32 for the package (the CLI passes Node's zlib); JSZip's otherwise. */
  compressor?: ZipCompressor;
}

/** ExcelJS keeps sheet order in a member its typings do not show. */
type Ordered = { orderNo: number };

async function loadModel(input: Uint8Array, name: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(forExcelJs(input));
  } catch (error) {
    throw new FileReadError("corrupt", name, { reason: reasonOf(error) });
  }
  return workbook;
}

async function openZip(input: Uint8Array, name: string): Promise<JSZip> {
  const kind = sniffBytes(input);
  if (kind === "empty") throw new FileReadError("empty-file", name);
  if (kind === "ole2") throw new FileReadError("encrypted", name);
  if (kind !== "zip") throw new FileReadError("not-a-workbook", name);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(input);
  } catch (error) {
    throw new FileReadError("corrupt", name, { reason: reasonOf(error) });
  }
  if (!zip.file("xl/workbook.xml")) throw new FileReadError("not-a-workbook", name);
  return zip;
}

/**
 * Applies a plan to a workbook's bytes and returns the new workbook's bytes (the input is never
 * changed). The add-in's earlier sheets for the planned keys, found by the sheet ids recorded in the
 * very hidden registry sheet, are replaced in place; a user's sheet with a planned name is left
 * alone and the new sheet is named "name (2)". Every other sheet is carried over by ExcelJS; what
 * ExcelJS would drop is named in a PlanApplyError before anything is built, unless `force`.
 * Native charts are added to the package after ExcelJS has written it (writePackage).
 * Throws FileReadError for bytes that are not a readable workbook, PlanApplyError for a plan that
 * contradicts itself.
 */
export async function applyPlanToXlsx(
  input: Uint8Array,
  plan: WorkbookPlan,
  options: ApplyPlanOptions = {}
): Promise<Uint8Array> {
  const name = options.name ?? "workbook.xlsx";
  checkPlanKeys(plan);
  const zip = await openZip(input, name);
  const workbook = takeModel(input) ?? (await loadModel(input, name));

  const registry = readRegistry(workbook);
  const plannedKeys = new Set(plan.sheets.map((s) => s.key));
  const replaced = registry.filter((entry) => plannedKeys.has(entry.key));
  const replacedNames = new Set(
    replaced.map((entry) => workbook.getWorksheet(entry.sheetId)?.name ?? "")
  );
  const parts = await detectUnsupportedParts(zip, { replacedSheets: replacedNames });
  if (parts.length > 0 && !options.force)
    throw new PlanApplyError("unsupported-parts", unsupportedPartsMessage(parts));

  const places = new Map<PlanSheetKey, number>();
  for (const entry of replaced) {
    const worksheet = workbook.getWorksheet(entry.sheetId);
    if (!worksheet) continue;
    places.set(entry.key, (worksheet as unknown as Ordered).orderNo);
    workbook.removeWorksheet(entry.sheetId);
  }

  // Name every sheet first: charts refer to each other's sheets by their final names.
  const added: { sheet: PlanSheet; worksheet: ExcelJS.Worksheet }[] = plan.sheets.map((sheet) => {
    const worksheet = workbook.addWorksheet(
      uniqueSheetName(
        sheet.name,
        workbook.worksheets.map((ws) => ws.name)
      )
    );
    const place = places.get(sheet.key);
    if (place !== undefined) (worksheet as unknown as Ordered).orderNo = place;
    return { sheet, worksheet };
  });
  const sources = new Map<PlanSheetKey, ChartSource>(
    added.map(({ sheet, worksheet }) => [
      sheet.key,
      { name: worksheet.name, lookup: planCellLookup(sheet) },
    ])
  );
  const sheetCharts: SheetCharts[] = added.map(({ sheet, worksheet }) => ({
    sheet: worksheet.name,
    charts: sheet.charts.map((chart) => ({
      xml: chartXmlForKind(chart.kind, resolveChart(chart, sources)),
      name: chart.title || chart.id,
      anchor: chart.anchor,
    })),
  }));

  const styles = makePlanStyles();
  // Table rows skip ExcelJS's cell objects (millions at 100,000 customers): writePackage puts them in.
  const bodies: SheetBodies[] = added.map(({ sheet, worksheet }) => {
    const tables = deferredTables(sheet);
    writePlanSheet(worksheet, sheet, styles, new Set(tables));
    return { sheet: worksheet.name, tables };
  });

  const kept = registry.filter((entry) => !plannedKeys.has(entry.key));
  const fresh: RegistryEntry[] = added.map(({ sheet, worksheet }) => ({
    key: sheet.key,
    sheetId: worksheet.id,
    name: worksheet.name,
  }));
  writeRegistry(workbook, [...kept, ...fresh]);

  return writePackage(workbook, sheetCharts, bodies, options.compressor);
}
