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
import type { Localized } from "../../../i18n/lang";
import { cellsOutsideBox } from "../own/cells-outside-box";
import { findOwnSheets } from "../own/find-own-sheets";
import { cannotTellMessage, keptTextMessage } from "../own/own-sheet-messages";
import { planSheetBox } from "../own/plan-box";
import type { RecordedSheet } from "../own/recognise-sheets";
import { markSheet } from "../own/sheet-marker";
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
  /** Told what was done beyond the plan (text typed into the add-in's sheets, moved), in both languages. */
  onNotice?: (message: Localized) => void;
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
 * changed). The add-in's earlier sheets for the planned keys, found by the marker inside each and
 * the registry sheet's record (own/recognise-sheets.ts), are replaced in place; what someone typed
 * beside their output is moved to a sheet of its own (told through `onNotice`). A user's sheet with
 * a planned name is left alone and the new sheet is named "name (2)"; a sheet that looks like the
 * add-in's but cannot be confirmed stops the write (PlanApplyError "cannot-tell-own-sheets"). Every other sheet is carried over by ExcelJS; what
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

  const found = findOwnSheets(workbook);
  const plannedKeys = new Set<string>(plan.sheets.map((s) => s.key));
  // A sheet that claims a planned key but cannot be confirmed would be neither replaced nor kept
  // honestly: stop, and name it.
  const doubtful = [...found.unconfirmed]
    .filter(([, key]) => plannedKeys.has(key) && !found.own.has(key))
    .map(([worksheet]) => worksheet.name);
  if (doubtful.length > 0)
    throw new PlanApplyError("cannot-tell-own-sheets", cannotTellMessage(doubtful));
  const replaced = [...found.own].filter(([key]) => plannedKeys.has(key));
  const replacedNames = new Set(replaced.map(([, { worksheet }]) => worksheet.name));
  const parts = await detectUnsupportedParts(zip, { replacedSheets: replacedNames });
  if (parts.length > 0 && !options.force)
    throw new PlanApplyError("unsupported-parts", unsupportedPartsMessage(parts));

  const places = new Map<string, number>();
  const loose: { from: string; cells: ReturnType<typeof cellsOutsideBox> }[] = [];
  for (const [key, { worksheet, record }] of replaced) {
    if (record.box !== undefined) {
      const cells = cellsOutsideBox(worksheet, record.box);
      if (cells.length > 0) loose.push({ from: worksheet.name, cells });
    }
    places.set(key, (worksheet as unknown as Ordered).orderNo);
    workbook.removeWorksheet(worksheet.id);
  }
  // What someone typed beside the add-in's output goes to a sheet of its own, at the same addresses.
  for (const { from, cells } of loose) {
    const kept = workbook.addWorksheet(
      uniqueSheetName(
        `${from} notes`,
        workbook.worksheets.map((ws) => ws.name)
      )
    );
    for (const cell of cells) kept.getCell(cell.address).value = cell.value;
    options.onNotice?.(
      keptTextMessage(
        from,
        kept.name,
        cells.map((c) => c.address)
      )
    );
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

  for (const { sheet, worksheet } of added) markSheet(worksheet, sheet.key);
  const kept: RecordedSheet[] = [...found.own]
    .filter(([key]) => !plannedKeys.has(key))
    .map(([key, { worksheet, record }]) => {
      // A sheet recorded by id (registry version 1) gets the marker it was written without.
      if (record.sheetId !== undefined) markSheet(worksheet, key);
      return { key, name: worksheet.name, ...(record.box ? { box: record.box } : {}) };
    });
  const fresh: RecordedSheet[] = added.map(({ sheet, worksheet }) => ({
    key: sheet.key,
    name: worksheet.name,
    box: planSheetBox(sheet),
  }));
  writeRegistry(workbook, [...kept, ...fresh]);

  return writePackage(workbook, sheetCharts, bodies, options.compressor);
}
