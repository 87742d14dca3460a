import { escapeXmlText } from "./xml-escape";

/** A sheet of the output's sheet list: an original element kept as written, or a new one. */
export type SheetEntry =
  | { kind: "kept"; xml: string; oldIndex: number }
  | { kind: "new"; name: string; sheetId: number; relId: string; veryHidden?: boolean };

/** A defined name the add-in adds for one of its sheets (print area, autofilter range). */
export interface AddedName {
  name: string;
  /** Index in the new sheet list. */
  sheet: number;
  formula: string;
  hidden?: boolean;
}

const SHEETS = /<(\w+:)?sheets\b[^>]*>([\s\S]*?)<\/\1sheets>/;
const SHEET = /<(\w+:)?sheet\b[^>]*?(?:\/>|>\s*<\/\1sheet>)/g;
const NAMES =
  /<(\w+:)?definedNames\b[^>]*>([\s\S]*?)<\/\1definedNames>|<(\w+:)?definedNames\b[^>]*\/>/;
const NAME = /<(\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1definedName>)/g;

/** The sheet elements of a workbook part, as written, in order. */
export function sheetElements(xml: string): string[] {
  const section = SHEETS.exec(xml);
  return section ? [...section[2].matchAll(SHEET)].map((m) => m[0]) : [];
}

/** A sheet name as a formula writes it: always quoted, quotes doubled. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "A1:F20" -> "$A$1:$F$20". */
export function absoluteRange(range: string): string {
  return range.replace(
    /\$?([A-Z]{1,3})\$?(\d+)/gi,
    (_, c: string, r: string) => `$${c.toUpperCase()}$${r}`
  );
}

/**
 * The workbook part with a new sheet list: kept sheets' elements unchanged, new ones written in the
 * part's own prefixes; defined names scoped to a sheet (localSheetId, an index) follow their sheet
 * to its new place, those of removed sheets go, and the add-in's own are added; the active and
 * first visible tab follow their sheet. Everything else in the part is left as it was.
 */
export function editWorkbookXml(xml: string, entries: SheetEntry[], names: AddedName[]): string {
  const section = SHEETS.exec(xml);
  if (!section) throw new Error("the workbook part has no sheet list");
  const p = section[1] ?? "";
  const firstSheet = sheetElements(xml)[0] ?? "";
  const rPrefix =
    /\s(\w+):id="/.exec(firstSheet)?.[1] ??
    /xmlns:(\w+)="http:\/\/(?:schemas\.openxmlformats\.org\/officeDocument\/2006|purl\.oclc\.org\/ooxml\/officeDocument)\/relationships"/.exec(
      xml
    )?.[1] ??
    "r";
  // openpyxl declares the relationships namespace on each sheet element, not on the root.
  const root = /<(\w+:)?workbook\b[^>]*>/.exec(xml)?.[0] ?? "";
  const declared = new RegExp(`xmlns:${rPrefix}="`).test(root);
  const relNs =
    new RegExp(`xmlns:${rPrefix}="([^"]*)"`).exec(firstSheet)?.[1] ??
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const declaration = declared ? "" : ` xmlns:${rPrefix}="${relNs}"`;
  const newIndex = new Map<number, number>();
  entries.forEach((e, i) => {
    if (e.kind === "kept") newIndex.set(e.oldIndex, i);
  });
  const sheetsXml = entries
    .map((e) =>
      e.kind === "kept"
        ? e.xml
        : `<${p}sheet${declaration} name="${escapeXmlText(e.name)}" sheetId="${e.sheetId}"${e.veryHidden ? ' state="veryHidden"' : ""} ${rPrefix}:id="${e.relId}"/>`
    )
    .join("");
  const open = section[0].slice(0, section[0].indexOf(">") + 1);
  let out =
    xml.slice(0, section.index) +
    `${open}${sheetsXml}</${p}sheets>` +
    xml.slice(section.index + section[0].length);

  const added = names.map(
    (n) =>
      `<${p}definedName name="${n.name}" localSheetId="${n.sheet}"${n.hidden ? ' hidden="1"' : ""}>${escapeXmlText(n.formula)}</${p}definedName>`
  );
  const existing = NAMES.exec(out);
  if (existing) {
    const np = existing[1] ?? existing[3] ?? "";
    const inner = existing[2] ?? "";
    const kept = [...inner.matchAll(NAME)].flatMap((m) => {
      const local = /\slocalSheetId="(\d+)"/.exec(m[2]);
      if (!local) return [m[0]];
      const to = newIndex.get(Number(local[1]));
      if (to === undefined) return [];
      return [m[0].replace(/(\slocalSheetId=")\d+(")/, `$1${to}$2`)];
    });
    const all = [...kept, ...added];
    const open2 = existing[0].replace(/\/?>[\s\S]*$/, ">").replace(/\/>$/, ">");
    const replacement = all.length > 0 ? `${open2}${all.join("")}</${np}definedNames>` : "";
    out =
      out.slice(0, existing.index) + replacement + out.slice(existing.index + existing[0].length);
  } else if (added.length > 0) {
    const after = SHEETS.exec(out);
    if (after) {
      const at = after.index + after[0].length;
      out = `${out.slice(0, at)}<${p}definedNames>${added.join("")}</${p}definedNames>${out.slice(at)}`;
    }
  }
  // The active and first shown tab are indexes too.
  out = out.replace(/(<(?:\w+:)?workbookView\b[^>]*>)/g, (view) =>
    view.replace(/\s(activeTab|firstSheet)="(\d+)"/g, (_, attr: string, n: string) => {
      const to = newIndex.get(Number(n));
      return ` ${attr}="${to ?? 0}"`;
    })
  );
  return out;
}
