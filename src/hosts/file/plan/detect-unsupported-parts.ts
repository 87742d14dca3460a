import type JSZip from "jszip";
import type { Localized } from "../../../i18n/lang";
import { readRels } from "./package-rels";
import { sheetParts } from "./sheet-parts";

/** What a workbook may hold that ExcelJS does not carry into the file it writes. */
export type UnsupportedPartKind =
  | "chart"
  | "chartsheet"
  | "pivot-table"
  | "macros"
  | "slicer"
  | "timeline"
  | "external-link"
  | "shape"
  | "control"
  | "embedded-object"
  | "sparkline"
  | "threaded-comment"
  | "add-in-data"
  | "custom-xml";

export interface UnsupportedPart {
  kind: UnsupportedPartKind;
  /** Zip paths of the parts found (or of the sheets holding them). */
  paths: string[];
  /** Sheets where they sit, when a sheet can be named. */
  sheets: string[];
  /** Names the part and its sheets in both languages. */
  messages: Localized;
}

const LABELS: Record<UnsupportedPartKind, Localized> = {
  chart: { "zh-CN": "图表", "en-US": "charts" },
  chartsheet: { "zh-CN": "图表工作表", "en-US": "chart sheets" },
  "pivot-table": { "zh-CN": "数据透视表", "en-US": "pivot tables" },
  macros: { "zh-CN": "宏（VBA）", "en-US": "macros (VBA)" },
  slicer: { "zh-CN": "切片器", "en-US": "slicers" },
  timeline: { "zh-CN": "日程表", "en-US": "timelines" },
  "external-link": { "zh-CN": "外部链接", "en-US": "external links" },
  shape: { "zh-CN": "形状和文本框", "en-US": "shapes and text boxes" },
  control: { "zh-CN": "表单控件和 ActiveX 控件", "en-US": "form and ActiveX controls" },
  "embedded-object": { "zh-CN": "嵌入对象", "en-US": "embedded objects" },
  sparkline: { "zh-CN": "迷你图", "en-US": "sparklines" },
  "threaded-comment": { "zh-CN": "批注会话（新版批注）", "en-US": "threaded comments" },
  "add-in-data": { "zh-CN": "Office 加载项数据", "en-US": "Office add-in data" },
  "custom-xml": { "zh-CN": "自定义 XML 数据", "en-US": "custom XML data" },
};

/** Parts found by path alone. */
const BY_PATH: [UnsupportedPartKind, RegExp][] = [
  ["chart", /^xl\/charts\/chart(Ex)?\d*\.xml$/i],
  ["pivot-table", /^xl\/(pivotTables|pivotCache)\/[^/]+\.xml$/i],
  ["macros", /^xl\/vbaProject\.bin$/i],
  ["slicer", /^xl\/(slicers|slicerCaches)\/[^/]+\.xml$/i],
  ["timeline", /^xl\/(timelines|timelineCaches)\/[^/]+\.xml$/i],
  ["external-link", /^xl\/externalLinks\/[^/]+\.xml$/i],
  ["control", /^xl\/(ctrlProps|activeX)\/[^/]+$/i],
  ["embedded-object", /^xl\/embeddings\/[^/]+$/i],
  ["threaded-comment", /^xl\/threadedComments\/[^/]+\.xml$/i],
  ["add-in-data", /^xl\/webextensions\/[^/]+\.xml$/i],
  ["custom-xml", /^customXml\/item\d+\.xml$/i],
];

/** Relationship types (last path segment) that tie a part to the sheet that shows it. */
const SHEET_REL_KINDS: Record<string, UnsupportedPartKind> = {
  pivotTable: "pivot-table",
  slicer: "slicer",
  timeline: "timeline",
  ctrlProp: "control",
  control: "control",
  oleObject: "embedded-object",
  package: "embedded-object",
  threadedComment: "threaded-comment",
};

const DRAWING_SHAPE = /<(xdr:)?(sp|grpSp|cxnSp)[\s/>]/;
const DRAWING_FRAME = /<(xdr:)?graphicFrame[\s/>]/;
const SPARKLINES = /<(x14:)?sparklineGroups[\s/>]/;
const CHART_REL = /\/chart$|chartEx$/i;

function messagesFor(kind: UnsupportedPartKind, sheets: string[]): Localized {
  const label = LABELS[kind];
  if (sheets.length === 0) return { "zh-CN": label["zh-CN"], "en-US": label["en-US"] };
  return {
    "zh-CN": `${label["zh-CN"]}（工作表${sheets.map((s) => `“${s}”`).join("、")}）`,
    "en-US": `${label["en-US"]} (sheet${sheets.length > 1 ? "s" : ""} ${sheets.map((s) => `"${s}"`).join(", ")})`,
  };
}

export interface DetectOptions {
  /**
   * Sheets the apply replaces (the add-in's earlier output): what sits on them is not lost, and
   * neither are the parts only they use.
   */
  replacedSheets?: ReadonlySet<string>;
}

/**
 * Lists what the workbook holds that ExcelJS drops when it writes the file again (charts, pivot
 * tables, macros, slicers, timelines, external links, shapes, controls, embedded objects,
 * sparklines, threaded comments, add-in data, custom XML), each named with the sheets it sits on.
 * Pictures are not listed: ExcelJS carries them over.
 */
export async function detectUnsupportedParts(
  zip: JSZip,
  options: DetectOptions = {}
): Promise<UnsupportedPart[]> {
  const replaced = options.replacedSheets ?? new Set<string>();
  const found = new Map<UnsupportedPartKind, { paths: Set<string>; sheets: Set<string> }>();
  const note = (kind: UnsupportedPartKind, path: string, sheet?: string) => {
    const entry = found.get(kind) ?? { paths: new Set<string>(), sheets: new Set<string>() };
    entry.paths.add(path);
    if (sheet !== undefined) entry.sheets.add(sheet);
    found.set(kind, entry);
  };
  // Parts reached from a replaced sheet, and parts reached from any other sheet.
  const ofReplaced = new Set<string>();
  const ofKept = new Set<string>();
  for (const sheet of await sheetParts(zip)) {
    const isReplaced = replaced.has(sheet.name);
    const reached = isReplaced ? ofReplaced : ofKept;
    const noteHere = (kind: UnsupportedPartKind, path: string) => {
      reached.add(path);
      if (!isReplaced) note(kind, path, sheet.name);
    };
    if (/^xl\/chartsheets\//i.test(sheet.path)) {
      noteHere("chartsheet", sheet.path);
      continue;
    }
    const sheetXml = (await zip.file(sheet.path)?.async("string")) ?? "";
    if (SPARKLINES.test(sheetXml)) noteHere("sparkline", sheet.path);
    for (const rel of await readRels(zip, sheet.path)) {
      if (rel.external) continue;
      reached.add(rel.target);
      const relKind = rel.type.slice(rel.type.lastIndexOf("/") + 1);
      const kind = SHEET_REL_KINDS[relKind];
      if (kind) noteHere(kind, rel.target);
      if (relKind !== "drawing") continue;
      const drawingXml = (await zip.file(rel.target)?.async("string")) ?? "";
      const drawingRels = await readRels(zip, rel.target);
      const charts = drawingRels.filter((r) => CHART_REL.test(r.type));
      for (const chart of charts) noteHere("chart", chart.target);
      // A graphic frame that is not a chart is SmartArt or a similar diagram: lost like shapes.
      if (DRAWING_SHAPE.test(drawingXml) || (DRAWING_FRAME.test(drawingXml) && charts.length === 0))
        noteHere("shape", rel.target);
    }
  }
  for (const path of Object.keys(zip.files).sort()) {
    if (zip.files[path].dir || (ofReplaced.has(path) && !ofKept.has(path))) continue;
    for (const [kind, pattern] of BY_PATH) if (pattern.test(path)) note(kind, path);
  }
  const order = Object.keys(LABELS) as UnsupportedPartKind[];
  return order.flatMap((kind) => {
    const entry = found.get(kind);
    if (!entry) return [];
    const sheets = [...entry.sheets];
    return [{ kind, paths: [...entry.paths], sheets, messages: messagesFor(kind, sheets) }];
  });
}

/** One message naming every unsupported part, telling the user that forcing drops them. */
export function unsupportedPartsMessage(parts: UnsupportedPart[]): Localized {
  return {
    "zh-CN":
      `工作簿中有以下内容无法带到输出文件中：${parts.map((p) => p.messages["zh-CN"]).join("；")}。` +
      `未写入任何内容。如仍要继续（输出文件中将没有这些内容，原文件不变），请选择强制写出。`,
    "en-US":
      `The workbook holds parts that cannot be carried into the output file: ${parts.map((p) => p.messages["en-US"]).join("; ")}. ` +
      `Nothing was written. To go on anyway (the output will lack them; the original file is not changed), force it.`,
  };
}
