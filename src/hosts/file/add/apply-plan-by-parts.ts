import type {
  PlanCell,
  PlanSheet,
  PlanSheetKey,
  WorkbookPlan,
} from "../../../engine/plan/workbook-plan";
import type { CellValue } from "../../../engine/table/cell";
import { columnLetter } from "../../../engine/table/column-letter";
import type { Localized } from "../../../i18n/lang";
import { FileReadError, reasonOf } from "../file-error";
import { cannotTellMessage, keptTextMessage } from "../own/own-sheet-messages";
import { planSheetBox } from "../own/plan-box";
import { recogniseSheets, type RecordedSheet, type SheetFacts } from "../own/recognise-sheets";
import { MARKER_TITLE, keyFromPrompt } from "../own/sheet-marker";
import { chartXmlForKind } from "../plan/charts/chart-for-kind";
import { drawingXml, type ChartAnchor } from "../plan/charts/drawing-xml";
import { checkPlanKeys } from "../plan/check-plan-keys";
import { parseCellRange } from "../plan/cell-range";
import { PlanApplyError } from "../plan/plan-apply-error";
import { planCellLookup } from "../plan/plan-cell-lookup";
import { registryFromRows, type Registry } from "../plan/read-registry";
import {
  REGISTRY_KEY,
  REGISTRY_MARKER,
  REGISTRY_SHEET_NAME,
  REGISTRY_VERSION,
} from "../plan/registry-sheet";
import { resolveChart, type ChartSource } from "../plan/resolve-chart";
import { uniqueSheetName } from "../plan/sheet-name";
import {
  copiedEntry,
  joinPieces,
  zipPieces,
  type CompressedPart,
  type ZipEntry,
} from "../plan/write-zip";
import { sniffBytes } from "../sniff-bytes";
import { readDateStyles } from "../xlsx/read-date-styles";
import { readRels, relsPathOf, type PartRel } from "../xlsx/read-rels";
import { readSharedStrings } from "../xlsx/read-shared-strings";
import { readSheetPart, type ReadSheet } from "../xlsx/read-sheet-part";
import { readWorkbookPart } from "../xlsx/read-workbook-part";
import { workbookPartPath } from "../xlsx/workbook-part-path";
import { scanXml } from "../xlsx/scan-xml";
import { MAX_PART_BYTES, inflateEntry } from "../xlsx/inflate-entry";
import { PartError } from "../xlsx/part-error";
import { FFLATE_CODEC, type ZipCodec } from "../xlsx/zip-codec";
import { readZipDirectory, rawBytes, type ZipDirEntry } from "../xlsx/zip-directory";
import { rememberedMarker } from "../xlsx/read-markers";
import { calcChainRefersTo } from "./calc-chain";
import { DeflatingSink } from "./deflating-sink";
import { sheetTail } from "./sheet-tail";
import { appendStyles } from "./append-styles";
import {
  absoluteRange,
  editWorkbookXml,
  quotedSheet,
  sheetElements,
  type AddedName,
  type SheetEntry,
} from "./edit-workbook-xml";
import { partsToDrop } from "./package-graph";
import { printNames } from "./print-names";
import { autoFilterRange, checkPlanSheet, writePlanSheetXml } from "./plan-sheet-xml";
import { diffsFor, looksFor, planDiffKeys, planLookKeys } from "./plan-looks";

export interface ApplyByPartsOptions {
  /** The file's name, for error messages. */
  name?: string;
  /** Inflate, DEFLATE and CRC-32 for the package (the CLI passes Node's zlib); fflate's otherwise. */
  compressor?: ZipCodec;
  /** A part's inflated size past which it is refused, naming it. */
  maxPartBytes?: number;
  /** Told what was done beyond the plan (text typed into the add-in's sheets, moved), in both languages. */
  onNotice?: (message: Localized) => void;
  /**
   * The plan's sheets are the user's (a call list): written without a marker, after every sheet,
   * and the add-in's sheets and registry are left as they are, so every original part but the
   * part lists and styles stays byte for byte.
   */
  userSheets?: boolean;
  /** Told the names the plan's sheets were written under (a taken name gets a number). */
  onNames?: (names: string[]) => void;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const decoder = new TextDecoder();
const encoder = new TextEncoder();
const text = (data: Uint8Array) => decoder.decode(data);

/** The data validation on A1 of a sheet part, found without reading its cells. */
function markerOf(xml: string): string | null {
  const section = /<(\w+:)?dataValidations\b[\s\S]*?<\/\1dataValidations>/.exec(xml);
  if (!section) return null;
  let key: string | null = null;
  scanXml(section[0], {
    open(name, a) {
      if (
        name === "dataValidation" &&
        (a.sqref ?? "").trim() === "A1" &&
        a.promptTitle === MARKER_TITLE
      )
        key = keyFromPrompt(a.prompt);
    },
  });
  return key;
}

/** A user's value as a planned cell (dates as serials in the date format, errors as their text). */
function plannedValue(value: CellValue): Pick<PlanCell, "value" | "format"> {
  if (value instanceof Date) {
    // A 1900-system serial, as the plan writes dates; planSheetXml shifts it for a 1904 workbook.
    return { value: value.getTime() / 86_400_000 + 25569, format: "yyyy-mm-dd" };
  }
  if (value !== null && typeof value === "object") return { value: value.error };
  return { value };
}

function emptySheet(key: PlanSheetKey | string, name: string, cells: PlanCell[]): PlanSheet {
  return {
    key: key as PlanSheetKey,
    name,
    tables: [],
    cells,
    charts: [],
    conditionalFormats: [],
    columnWidths: [],
  };
}

function nextFree(
  taken: (path: string) => boolean,
  reserve: (path: string) => void,
  folder: string,
  stem: string
): () => string {
  let n = 0;
  return () => {
    let path: string;
    do path = `${folder}/${stem}${++n}.xml`;
    while (taken(path));
    reserve(path);
    return path;
  };
}

function relative(from: string, to: string): string {
  const base = from.split("/").slice(0, -1);
  const target = to.split("/");
  let common = 0;
  while (common < base.length && base[common] === target[common]) common++;
  return [...base.slice(common).map(() => ".."), ...target.slice(common)].join("/");
}

function relsXml(rels: { id: string; type: string; target: string }[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
    "</Relationships>"
  );
}

/**
 * Applies a plan to a workbook's bytes by adding parts, never rewriting the user's: the output holds
 * every part of the input byte for byte, except [Content_Types].xml, the workbook part, its rels and
 * the styles part (the add-in's styles appended after the workbook's own, so no index moves); the
 * add-in's earlier sheets for the planned keys, found by their markers and the registry
 * (own/recognise-sheets.ts), are replaced in place with the parts only they used; text typed beside
 * their output moves to a sheet of its own (told through `onNotice`). Pivots, macros, comments,
 * tables, names, validations and charts of the user survive because nothing touched them.
 * Throws FileReadError for bytes that are not a readable workbook, PlanApplyError for a plan that
 * contradicts itself or sheets that look like the add-in's but cannot be confirmed.
 */
export function applyPlanByParts(
  input: Uint8Array,
  plan: WorkbookPlan,
  options: ApplyByPartsOptions = {}
): Uint8Array {
  return joinPieces(applyPlanInPieces(input, plan, options));
}

/** applyPlanByParts' workbook as the pieces of its zip, to be written one after the other (zipPieces). */
export function applyPlanInPieces(
  input: Uint8Array,
  plan: WorkbookPlan,
  options: ApplyByPartsOptions = {}
): Uint8Array[] {
  const name = options.name ?? "workbook.xlsx";
  const userSheets = options.userSheets === true;
  // A user's sheet has no plan key to check.
  if (!userSheets) checkPlanKeys(plan);
  plan.sheets.forEach(checkPlanSheet);
  const kind = sniffBytes(input);
  if (kind === "empty") throw new FileReadError("empty-file", name);
  if (kind === "ole2") throw new FileReadError("encrypted", name);
  if (kind !== "zip") throw new FileReadError("not-a-workbook", name);
  const codec = options.compressor ?? FFLATE_CODEC;
  const limit = options.maxPartBytes ?? MAX_PART_BYTES;
  let directory: ZipDirEntry[];
  try {
    directory = readZipDirectory(input);
  } catch (error) {
    if (error instanceof PartError)
      throw new FileReadError("corrupt", name, { reasons: error.reasons });
    throw new FileReadError("corrupt", name, { reason: reasonOf(error) });
  }
  // The input's parts stay compressed: only those read are inflated, and those not edited are
  // copied to the output as their compressed bytes.
  const originals = new Map(directory.map((e) => [e.name, e]));
  /** Parts written or edited here, as bytes. */
  const edited = new Map<string, Uint8Array>();
  /** Sheet parts written here, deflated as they were written. */
  const compressed = new Map<string, CompressedPart>();
  /** New parts in the order they were made. */
  const added: string[] = [];
  const gone = new Set<string>();
  const inflated = new Map<string, Uint8Array>();
  const inflate = (path: string, entry: ZipDirEntry): Uint8Array => {
    const known = inflated.get(path);
    if (known) return known;
    let data: Uint8Array;
    try {
      data = inflateEntry(input, entry, limit, codec);
    } catch (error) {
      if (error instanceof PartError)
        throw new FileReadError("corrupt", name, { reasons: error.reasons });
      throw error;
    }
    // Small parts (rels, workbook, styles) are read more than once; sheets are not kept.
    if (data.length < 1_048_576) inflated.set(path, data);
    return data;
  };
  const parts = {
    has: (path: string) =>
      edited.has(path) || compressed.has(path) || (originals.has(path) && !gone.has(path)),
    get: (path: string): Uint8Array | undefined => {
      const data = edited.get(path);
      if (data) return data;
      const entry = originals.get(path);
      return entry && !gone.has(path) && !compressed.has(path) ? inflate(path, entry) : undefined;
    },
    set: (path: string, data: Uint8Array) => {
      if (!originals.has(path) && !edited.has(path) && !compressed.has(path)) added.push(path);
      edited.set(path, data);
    },
    keys: () => [...new Set([...originals.keys(), ...added])].filter((p) => parts.has(p)),
  };
  const partText = (path: string) => {
    const data = parts.get(path);
    return data ? text(data) : null;
  };
  const workbookPath = workbookPartPath(partText("_rels/.rels"));
  const workbookXml = partText(workbookPath);
  if (workbookXml === null) throw new FileReadError("not-a-workbook", name);
  const workbookRelsPath = relsPathOf(workbookPath);
  const workbookRelsXml = partText(workbookRelsPath) ?? relsXml([]);
  const typesXml = partText("[Content_Types].xml");
  if (typesXml === null) throw new FileReadError("not-a-workbook", name);

  let sheetsInfo: ReturnType<typeof readWorkbookPart>;
  let rels: PartRel[];
  try {
    sheetsInfo = readWorkbookPart(workbookXml);
    rels = readRels(workbookPath, workbookRelsXml);
  } catch (error) {
    throw new FileReadError("corrupt", name, { reason: reasonOf(error) });
  }
  const byId = new Map(rels.map((r) => [r.id, r]));
  const elements = sheetElements(workbookXml);
  const stringsPath = rels.find((r) => r.kind === "sharedStrings" && !r.external)?.target;
  const stylesRel = rels.find((r) => r.kind === "styles" && !r.external);
  let sharedStrings: string[] | null = null;
  let dateStyles: boolean[] | null = null;
  const readCells = (path: string, sheetName: string): ReadSheet => {
    try {
      sharedStrings ??=
        stringsPath && parts.has(stringsPath) ? readSharedStrings(partText(stringsPath) ?? "") : [];
      dateStyles ??=
        stylesRel && parts.has(stylesRel.target)
          ? readDateStyles(partText(stylesRel.target) ?? "")
          : [];
      return readSheetPart(partText(path) ?? "", {
        sharedStrings,
        dateStyles,
        date1904: sheetsInfo.date1904,
      });
    } catch (error) {
      throw new FileReadError("corrupt", name, { sheet: sheetName, reason: reasonOf(error) });
    }
  };

  // Recognise the add-in's sheets (own/recognise-sheets.ts).
  const sheets = sheetsInfo.sheets.map((sheet, index) => {
    const rel = byId.get(sheet.relId);
    const path = rel && !rel.external && rel.kind === "worksheet" ? rel.target : null;
    const entry = path && !edited.has(path) ? originals.get(path) : undefined;
    // Found when the same bytes were read (xlsx/read-markers.ts); else from the part's tail, where
    // the marker sits after the cells.
    const known = entry ? rememberedMarker(input, entry) : undefined;
    if (known !== undefined) return { sheet, index, path, marker: known };
    const data = path ? parts.get(path) : undefined;
    return { sheet, index, path, marker: data ? markerOf(sheetTail(data)) : null };
  });
  let registryIndex = -1;
  let registry: Registry | null = null;
  for (const s of userSheets ? [] : sheets) {
    if (!s.path || !(s.marker === REGISTRY_KEY || s.sheet.state !== "visible")) continue;
    const rows = readCells(s.path, s.sheet.name).rows;
    if (rows[0]?.[0] !== REGISTRY_MARKER) continue;
    if (s.marker !== REGISTRY_KEY && rows[0]?.[1] !== 1) continue;
    registryIndex = s.index;
    registry = registryFromRows(rows);
    break;
  }
  const candidates = sheets.filter((s) => s.index !== registryIndex);
  const facts: SheetFacts[] = candidates.map((s) => ({
    name: s.sheet.name,
    marker: s.marker,
    sheetId: s.sheet.sheetId,
  }));
  const found = userSheets
    ? { own: new Map<string, number>(), unconfirmed: new Map<number, string>() }
    : recogniseSheets(facts, registry?.records ?? null, registry?.version);
  const plannedKeys = new Set<string>(plan.sheets.map((s) => s.key));
  const doubtful = [...found.unconfirmed]
    .filter(([, key]) => plannedKeys.has(key) && !found.own.has(key))
    .map(([i]) => candidates[i].sheet.name);
  if (doubtful.length > 0)
    throw new PlanApplyError("cannot-tell-own-sheets", cannotTellMessage(doubtful));
  const records = new Map((registry?.records ?? []).map((r) => [r.key, r]));
  const ownAt = new Map<string, (typeof candidates)[number]>();
  for (const [key, i] of found.own) ownAt.set(key, candidates[i]);

  // The new sheet list: replaced sheets keep their places, new ones follow, the registry goes last.
  const removedIndexes = new Set<number>();
  if (registryIndex >= 0) removedIndexes.add(registryIndex);
  const replacing = new Map<number, PlanSheet>();
  const loose: { from: string; cells: PlanCell[]; addresses: string[] }[] = [];
  for (const sheet of plan.sheets) {
    const own = ownAt.get(sheet.key);
    if (!own) continue;
    removedIndexes.add(own.index);
    replacing.set(own.index, sheet);
    const box = parseCellRange(records.get(sheet.key)?.box ?? "");
    if (box && own.path) {
      const cells: PlanCell[] = [];
      readCells(own.path, own.sheet.name).rows.forEach((row, r) =>
        row.forEach((value, c) => {
          const inside =
            r + 1 >= box.top && r + 1 <= box.bottom && c + 1 >= box.left && c + 1 <= box.right;
          if (inside || value === null || (typeof value === "string" && value.trim() === ""))
            return;
          cells.push({ row: r + 1, column: c + 1, ...plannedValue(value) });
        })
      );
      if (cells.length > 0)
        loose.push({
          from: own.sheet.name,
          cells,
          addresses: cells.map((c) => `${columnLetter(c.column - 1)}${c.row}`),
        });
    }
  }
  const taken = sheetsInfo.sheets.filter((_, i) => !removedIndexes.has(i)).map((s) => s.name);
  const nameFor = (planned: string) => {
    const unique = uniqueSheetName(planned, taken);
    taken.push(unique);
    return unique;
  };
  type Written = { sheet: PlanSheet; name: string; markerKey: string; veryHidden?: boolean };
  const written: Written[] = [];
  const order: (Written | { oldIndex: number })[] = [];
  sheetsInfo.sheets.forEach((_, i) => {
    const planned = replacing.get(i);
    if (planned) {
      const w = { sheet: planned, name: nameFor(planned.name), markerKey: planned.key };
      written.push(w);
      order.push(w);
    } else if (!removedIndexes.has(i)) order.push({ oldIndex: i });
  });
  for (const sheet of plan.sheets) {
    if (ownAt.has(sheet.key)) continue;
    const w = { sheet, name: nameFor(sheet.name), markerKey: userSheets ? "" : sheet.key };
    written.push(w);
    order.push(w);
  }
  for (const { from, cells, addresses } of loose) {
    const keptName = nameFor(`${from} notes`);
    const w = { sheet: emptySheet("notes", keptName, cells), name: keptName, markerKey: "" };
    order.push(w);
    written.push(w);
    options.onNotice?.(keptTextMessage(from, keptName, addresses));
  }
  const kept: RecordedSheet[] = [...ownAt]
    .filter(([key]) => !plannedKeys.has(key))
    .map(([key, s]) => ({
      key,
      name: s.sheet.name,
      ...(records.get(key)?.box ? { box: records.get(key)?.box } : {}),
    }));
  const fresh: RecordedSheet[] = written
    .filter((w) => w.markerKey !== "")
    .map((w) => ({ key: w.sheet.key, name: w.name, box: planSheetBox(w.sheet) }));
  const registryRows: PlanCell[] = [
    { row: 1, column: 1, value: REGISTRY_MARKER },
    { row: 1, column: 2, value: REGISTRY_VERSION },
    ...["key", "name", "range"].map((v, i) => ({ row: 2, column: i + 1, value: v })),
    ...[...kept, ...fresh].flatMap((r, i) =>
      [r.key, r.name, r.box ?? null].map((v, j) => ({ row: 3 + i, column: j + 1, value: v }))
    ),
  ];
  const registryName = nameFor(REGISTRY_SHEET_NAME);
  const registryWritten: Written = {
    sheet: emptySheet(REGISTRY_KEY, registryName, registryRows),
    name: registryName,
    markerKey: REGISTRY_KEY,
    veryHidden: true,
  };
  if (!userSheets) {
    written.push(registryWritten);
    order.push(registryWritten);
  }
  options.onNames?.(written.filter((w) => w !== registryWritten).map((w) => w.name));

  // Styles: appended after the workbook's own.
  let stylesPath = stylesRel?.target;
  const newRels: { id: string; type: string; target: string }[] = [];
  const usedIds = new Set(rels.map((r) => r.id));
  let relNumber = 0;
  const newRelId = () => {
    let id: string;
    do id = `rId${++relNumber}`;
    while (usedIds.has(id));
    usedIds.add(id);
    return id;
  };
  const overrides: { part: string; type: string }[] = [];
  if (!stylesPath || !parts.has(stylesPath)) {
    stylesPath = stylesPath ?? `${workbookPath.split("/").slice(0, -1).join("/")}/styles.xml`;
    parts.set(stylesPath, encoder.encode(MINIMAL_STYLES));
    if (!stylesRel)
      newRels.push({
        id: newRelId(),
        type: `${REL}/styles`,
        target: relative(workbookPath, stylesPath),
      });
    overrides.push({ part: `/${stylesPath}`, type: STYLES_TYPE });
  }
  const planned = written.map((w) => w.sheet);
  const lookKeys = planLookKeys(planned);
  const diffKeys = planDiffKeys(planned);
  let styled: ReturnType<typeof appendStyles>;
  try {
    styled = appendStyles(partText(stylesPath) ?? "", looksFor(lookKeys), diffsFor(diffKeys));
  } catch (error) {
    throw new FileReadError("corrupt", name, { reason: `${stylesPath}: ${reasonOf(error)}` });
  }
  parts.set(stylesPath, encoder.encode(styled.xml));
  const styleIds = new Map(lookKeys.map((k, i) => [k, styled.xfIds[i]]));
  const dxfIds = new Map(diffKeys.map((k, i) => [k, styled.dxfIds[i]]));

  // Drop the replaced sheets and the old registry with the parts only they used.
  const removedPaths = sheets
    .filter((s) => removedIndexes.has(s.index) && s.path)
    .map((s) => s.path as string);
  const dropped = partsToDrop(parts, removedPaths, text);
  // A calculation chain naming a removed sheet makes Excel repair the file; Excel rebuilds a
  // missing one, so it goes.
  const removedIds = new Set(
    sheets.filter((s) => removedIndexes.has(s.index)).map((s) => s.sheet.sheetId)
  );
  for (const r of rels) {
    if (r.kind !== "calcChain" || r.external || !parts.has(r.target)) continue;
    if (calcChainRefersTo(partText(r.target) ?? "", removedIds)) dropped.add(r.target);
  }
  for (const path of dropped) {
    gone.add(path);
    edited.delete(path);
  }

  // Charts resolve against the sheets' final names.
  const sources = new Map<PlanSheetKey, ChartSource>(
    written.map((w) => [w.sheet.key, { name: w.name, lookup: planCellLookup(w.sheet) }])
  );
  const reserved = new Set<string>();
  const pathTaken = (path: string) => reserved.has(path) || originals.has(path) || parts.has(path);
  const reserve = (path: string) => {
    reserved.add(path);
    added.push(path);
  };
  const sheetPath = nextFree(pathTaken, reserve, "xl/worksheets", "sheet");
  const drawingPath = nextFree(pathTaken, reserve, "xl/drawings", "drawing");
  const chartPath = nextFree(pathTaken, reserve, "xl/charts", "chart");
  let sheetIdNext =
    Math.max(0, ...sheetsInfo.sheets.map((s) => s.sheetId).filter(Number.isFinite)) + 1;
  const entries: SheetEntry[] = [];
  const names: AddedName[] = [];
  const relOf = new Map<Written, string>();
  for (const w of written) {
    const path = sheetPath();
    let drawingRelId: string | undefined;
    if (w.sheet.charts.length > 0) {
      const drawing = drawingPath();
      const anchors: ChartAnchor[] = [];
      const drawingRels = w.sheet.charts.map((chart, i) => {
        const chartFile = chartPath();
        parts.set(
          chartFile,
          encoder.encode(chartXmlForKind(chart.kind, resolveChart(chart, sources)))
        );
        overrides.push({ part: `/${chartFile}`, type: CHART_TYPE });
        anchors.push({ ...chart.anchor, relId: `rId${i + 1}`, name: chart.title || chart.id });
        return { id: `rId${i + 1}`, type: `${REL}/chart`, target: relative(drawing, chartFile) };
      });
      parts.set(drawing, encoder.encode(drawingXml(anchors)));
      parts.set(relsPathOf(drawing), encoder.encode(relsXml(drawingRels)));
      overrides.push({ part: `/${drawing}`, type: DRAWING_TYPE });
      drawingRelId = "rId1";
      parts.set(
        relsPathOf(path),
        encoder.encode(
          relsXml([{ id: "rId1", type: `${REL}/drawing`, target: relative(path, drawing) }])
        )
      );
    }
    const sink = new DeflatingSink(codec);
    writePlanSheetXml(
      w.sheet,
      { styleIds, dxfIds, markerKey: w.markerKey, drawingRelId, date1904: sheetsInfo.date1904 },
      sink
    );
    compressed.set(path, sink.finish());
    overrides.push({ part: `/${path}`, type: WORKSHEET_TYPE });
    const relId = newRelId();
    relOf.set(w, relId);
    newRels.push({ id: relId, type: `${REL}/worksheet`, target: relative(workbookPath, path) });
  }
  order.forEach((o, index) => {
    if ("oldIndex" in o) {
      entries.push({ kind: "kept", xml: elements[o.oldIndex] ?? "", oldIndex: o.oldIndex });
      return;
    }
    entries.push({
      kind: "new",
      name: o.name,
      sheetId: sheetIdNext++,
      relId: relOf.get(o) ?? "",
      veryHidden: o.veryHidden,
    });
    if (o.sheet.print) names.push(...printNames(o.name, o.sheet.print, index));
    const filter = autoFilterRange(o.sheet);
    if (filter)
      names.push({
        name: "_xlnm._FilterDatabase",
        sheet: index,
        formula: `${quotedSheet(o.name)}!${absoluteRange(filter)}`,
        hidden: true,
      });
  });
  parts.set(workbookPath, encoder.encode(editWorkbookXml(workbookXml, entries, names)));

  // The workbook's rels: those of dropped parts go, the new sheets' come.
  const droppedIds = new Set(
    rels.filter((r) => !r.external && dropped.has(r.target)).map((r) => r.id)
  );
  let relsOut = workbookRelsXml.replace(
    /<(\w+:)?Relationship\b[^>]*?(?:\/>|>\s*<\/\1Relationship>)/g,
    (el) => {
      const id = /\sId="([^"]*)"/.exec(el)?.[1];
      return id && droppedIds.has(id) ? "" : el;
    }
  );
  const addedRels = newRels
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`)
    .join("");
  relsOut = relsOut.replace(/<\/((\w+:)?Relationships)>\s*$/, `${addedRels}</$1>`);
  parts.set(workbookRelsPath, encoder.encode(relsOut));

  // Content types: overrides of dropped parts go, the new parts' come.
  let types = typesXml.replace(/<(\w+:)?Override\b[^>]*?(?:\/>|>\s*<\/\1Override>)/g, (el) => {
    const part = /\sPartName="\/?([^"]*)"/.exec(el)?.[1];
    return part && dropped.has(decodeURIComponent(part)) ? "" : el;
  });
  const addedTypes = overrides
    .map((o) => `<Override PartName="${o.part}" ContentType="${o.type}"/>`)
    .join("");
  types = types.replace(/<\/((\w+:)?Types)>\s*$/, `${addedTypes}</$1>`);
  parts.set("[Content_Types].xml", encoder.encode(types));

  // Original parts first, in their order, then the new ones; an original part not edited is
  // copied as its compressed bytes, never inflated.
  const ordered: ZipEntry[] = [];
  for (const path of [...new Set([...originals.keys(), ...added])]) {
    if (!parts.has(path)) continue;
    const data = edited.get(path);
    const made = compressed.get(path);
    const entry = originals.get(path);
    if (data) ordered.push({ name: path, data });
    else if (made) ordered.push({ name: path, compressed: made });
    else if (entry) {
      let body: Uint8Array;
      try {
        body = rawBytes(input, entry);
      } catch (error) {
        if (error instanceof PartError)
          throw new FileReadError("corrupt", name, { reasons: error.reasons });
        throw error;
      }
      ordered.push(copiedEntry(entry, body));
    }
  }
  return zipPieces(ordered, codec);
}
