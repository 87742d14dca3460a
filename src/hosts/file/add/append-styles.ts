import { escapeXmlText } from "./xml-escape";

/** A cell's look as the add-in writes it: each piece is appended to the workbook's own lists. */
export interface CellLook {
  /** A font element's inner XML, e.g. `<b/><sz val="14"/>...`. */
  font?: string;
  /** A fill element's inner XML. */
  fill?: string;
  /** A border element's inner XML. */
  border?: string;
  /** A number format code ("yyyy-mm-dd", "@"). */
  numFmt?: string;
  /** An alignment element's attributes, e.g. `vertical="center"`. */
  alignment?: string;
}

/** A differential format (for conditional formats): font and fill inner XML. */
export interface DiffLook {
  font?: string;
  fill?: string;
}

/** Excel's built-in number format ids for codes the add-in uses (ECMA-376 §18.8.30). */
const BUILT_IN: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

interface Section {
  /** Where the element starts and its start tag ends (or the self-closing tag ends). */
  start: number;
  openEnd: number;
  /** Where its end tag starts (openEnd for a self-closing element). */
  close: number;
  /** The end of the whole element. */
  end: number;
  prefix: string;
  children: number;
}

function findSection(xml: string, name: string, child: string): Section | null {
  const open = new RegExp(`<(\\w+:)?${name}(?=[\\s/>])[^>]*?(/?)>`).exec(xml);
  if (!open) return null;
  const prefix = open[1] ?? "";
  const start = open.index;
  const openEnd = start + open[0].length;
  if (open[2] === "/") return { start, openEnd, close: openEnd, end: openEnd, prefix, children: 0 };
  const endTag = `</${prefix}${name}>`;
  const close = xml.indexOf(endTag, openEnd);
  if (close < 0) return null;
  const inner = xml.slice(openEnd, close);
  const children = (inner.match(new RegExp(`<${prefix}${child}(?=[\\s/>])`, "g")) ?? []).length;
  return { start, openEnd, close, end: close + endTag.length, prefix, children };
}

/** The element with `added` children appended after its own, its count attribute made right. */
function appended(xml: string, section: Section, name: string, added: string[]): string {
  const p = section.prefix;
  const count = section.children + added.length;
  const head = xml.slice(section.start, section.openEnd).replace(/\s*\/?>$/, "");
  const withCount = /\scount="\d*"/.test(head)
    ? head.replace(/\scount="\d*"/, ` count="${count}"`)
    : `${head} count="${count}"`;
  const inner = xml.slice(section.openEnd, section.close);
  return (
    xml.slice(0, section.start) +
    `${withCount}>${inner}${added.join("")}</${p}${name}>` +
    xml.slice(section.end)
  );
}

function unescapeAttribute(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * Appends the add-in's cell looks (fonts, fills, borders, number formats, cellXfs) and differential
 * formats (dxfs) to a workbook's styles part, after the workbook's own, so every style index the
 * user's cells use stays what it was. Returns the new part and each look's and diff's index.
 * Throws when the part has no fonts, fills, borders or cellXfs list to append to.
 */
export function appendStyles(
  stylesXml: string,
  looks: CellLook[],
  diffs: DiffLook[] = []
): { xml: string; xfIds: number[]; dxfIds: number[] } {
  let xml = stylesXml;
  const sectionOf = (name: string, child: string): Section => {
    const section = findSection(xml, name, child);
    if (!section) throw new Error(`the styles part has no ${name} list`);
    return section;
  };
  const p = sectionOf("cellXfs", "xf").prefix;

  // Number formats: reuse the workbook's own code, else a built-in id, else a new id from 164.
  const numFmtIds = new Map<string, number>();
  let nextCustom = 164;
  for (const m of xml.matchAll(
    /<(?:\w+:)?numFmt\s[^>]*?numFmtId="(\d+)"[^>]*?formatCode="([^"]*)"/g
  )) {
    numFmtIds.set(unescapeAttribute(m[2]), Number(m[1]));
    nextCustom = Math.max(nextCustom, Number(m[1]) + 1);
  }
  for (const m of xml.matchAll(
    /<(?:\w+:)?numFmt\s[^>]*?formatCode="([^"]*)"[^>]*?numFmtId="(\d+)"/g
  )) {
    numFmtIds.set(unescapeAttribute(m[1]), Number(m[2]));
    nextCustom = Math.max(nextCustom, Number(m[2]) + 1);
  }
  const newNumFmts: string[] = [];
  const numFmtOf = (code: string): number => {
    const known = BUILT_IN[code] ?? numFmtIds.get(code);
    if (known !== undefined) return known;
    const id = nextCustom++;
    numFmtIds.set(code, id);
    newNumFmts.push(`<${p}numFmt numFmtId="${id}" formatCode="${escapeXmlText(code)}"/>`);
    return id;
  };

  const listOf = (name: string, child: string, items: string[]) => {
    const section = sectionOf(name, child);
    const first = section.children;
    if (items.length > 0) xml = appended(xml, section, name, items);
    return first;
  };
  const fonts = [...new Set(looks.flatMap((l) => (l.font ? [l.font] : [])))];
  const fills = [...new Set(looks.flatMap((l) => (l.fill ? [l.fill] : [])))];
  const borders = [...new Set(looks.flatMap((l) => (l.border ? [l.border] : [])))];
  const wrap = (tag: string) => (inner: string) => `<${p}${tag}>${inner}</${p}${tag}>`;
  const firstFont = listOf("fonts", "font", fonts.map(wrap("font")));
  const firstFill = listOf("fills", "fill", fills.map(wrap("fill")));
  const firstBorder = listOf("borders", "border", borders.map(wrap("border")));

  const xfs = looks.map((look) => {
    const fontId = look.font ? firstFont + fonts.indexOf(look.font) : 0;
    const fillId = look.fill ? firstFill + fills.indexOf(look.fill) : 0;
    const borderId = look.border ? firstBorder + borders.indexOf(look.border) : 0;
    const numFmtId = look.numFmt ? numFmtOf(look.numFmt) : 0;
    const applies =
      (look.font ? ' applyFont="1"' : "") +
      (look.fill ? ' applyFill="1"' : "") +
      (look.border ? ' applyBorder="1"' : "") +
      (look.numFmt ? ' applyNumberFormat="1"' : "") +
      (look.alignment ? ' applyAlignment="1"' : "");
    const attributes = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    return look.alignment
      ? `<${p}xf ${attributes}><${p}alignment ${look.alignment}/></${p}xf>`
      : `<${p}xf ${attributes}/>`;
  });
  const firstXf = listOf("cellXfs", "xf", xfs);

  let dxfIds: number[] = [];
  if (diffs.length > 0) {
    const dxfs = diffs.map(
      (d) =>
        `<${p}dxf>${d.font ? `<${p}font>${d.font}</${p}font>` : ""}${d.fill ? `<${p}fill>${d.fill}</${p}fill>` : ""}</${p}dxf>`
    );
    let section = findSection(xml, "dxfs", "dxf");
    if (!section) {
      // ECMA-376 order: ... cellXfs, cellStyles, dxfs, tableStyles ...
      const after = findSection(xml, "cellStyles", "cellStyle") ?? sectionOf("cellXfs", "xf");
      xml = `${xml.slice(0, after.end)}<${p}dxfs count="0"/>${xml.slice(after.end)}`;
      section = sectionOf("dxfs", "dxf");
    }
    const first = section.children;
    xml = appended(xml, section, "dxfs", dxfs);
    dxfIds = diffs.map((_, i) => first + i);
  }

  if (newNumFmts.length > 0) {
    const section = findSection(xml, "numFmts", "numFmt");
    if (section) xml = appended(xml, section, "numFmts", newNumFmts);
    else {
      const root = /<(\w+:)?styleSheet[^>]*>/.exec(xml);
      if (!root) throw new Error("the styles part has no styleSheet element");
      const at = root.index + root[0].length;
      xml = `${xml.slice(0, at)}<${p}numFmts count="${newNumFmts.length}">${newNumFmts.join("")}</${p}numFmts>${xml.slice(at)}`;
    }
  }
  return { xml, xfIds: looks.map((_, i) => firstXf + i), dxfIds };
}
