/**
 * Callbacks for scanRawXml: positions into the XML instead of strings and objects, so that a sheet of
 * millions of cells is read without a string or an object per tag. Names are local names (a prefix
 * such as "x:" dropped); the names of a worksheet's cells come as shared constants.
 */
export interface RawXmlHandler {
  /** A start tag: its attributes are xml[from, to) (read them with rawAttribute). */
  open(name: string, from: number, to: number, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data xml[from, to), not decoded (decodeXmlText); cdata true for a CDATA section's content. */
  text(from: number, to: number, cdata: boolean): void;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** The local name of xml[from, to), as a shared constant for a worksheet's frequent elements. */
function nameOf(xml: string, from: number, to: number): string {
  for (let i = from; i < to; i++) {
    if (xml.charCodeAt(i) === 58 /* : */) {
      from = i + 1;
      break;
    }
  }
  const length = to - from;
  const c = xml.charCodeAt(from);
  if (length === 1) {
    if (c === 99) return "c";
    if (c === 118) return "v";
    if (c === 102) return "f";
    if (c === 116) return "t";
    if (c === 114) return "r";
  } else if (length === 3 && c === 114 && xml.startsWith("row", from)) return "row";
  else if (length === 2 && c === 105 && xml.charCodeAt(from + 1) === 115) return "is";
  return xml.slice(from, to);
}

/**
 * Where the values of the attributes `locals` start in a start tag's attribute text xml[from, to),
 * into `starts` (-1 for one not there; a value ends at the next quote of the kind before it), in one
 * pass over the tag. A plain name wins over a prefixed one ("x:r"), as in tagAttributes; namespace
 * declarations are no attributes.
 */
export function rawAttributes(
  xml: string,
  from: number,
  to: number,
  locals: readonly string[],
  starts: Int32Array
): void {
  starts.fill(-1);
  // Whether each found value came from a prefixed name, which a plain one replaces.
  let prefixedMask = 0;
  let at = from;
  while (at < to) {
    while (at < to && isSpace(xml.charCodeAt(at))) at++;
    const start = at;
    let colon = -1;
    while (at < to) {
      const c = xml.charCodeAt(at);
      if (c === 61 /* = */ || c === 47 /* / */ || c === 62 /* > */ || isSpace(c)) break;
      if (c === 58 /* : */) colon = at;
      at++;
    }
    const nameEnd = at;
    while (at < to && isSpace(xml.charCodeAt(at))) at++;
    if (nameEnd === start || xml.charCodeAt(at) !== 61) {
      if (at === start) at++;
      continue;
    }
    at++;
    while (at < to && isSpace(xml.charCodeAt(at))) at++;
    const quote = xml.charCodeAt(at);
    if (quote !== 34 && quote !== 39) continue;
    const end = xml.indexOf(quote === 34 ? '"' : "'", at + 1);
    if (end < 0 || end >= to) break;
    const nameStart = colon >= 0 ? colon + 1 : start;
    for (let i = 0; i < locals.length; i++) {
      const local = locals[i];
      if (nameEnd - nameStart !== local.length || !xml.startsWith(local, nameStart)) continue;
      if (xml.startsWith("xmlns", start)) break;
      const bit = 1 << i;
      if (colon < 0) {
        if (starts[i] < 0 || prefixedMask & bit) starts[i] = at + 1;
        prefixedMask &= ~bit;
      } else if (starts[i] < 0) {
        starts[i] = at + 1;
        prefixedMask |= bit;
      }
      break;
    }
    at = end + 1;
  }
}

const ONE = new Int32Array(1);

/** Where the value of the attribute `local` starts (see rawAttributes), or -1. */
export function rawAttribute(xml: string, from: number, to: number, local: string): number {
  rawAttributes(xml, from, to, [local], ONE);
  return ONE[0];
}

/**
 * Walks the elements and text of xml[from, to) in order, as scanXml does (the same checks, in the
 * same words: a tag that never ends, an end tag that closes no element or the wrong one, a part that
 * ends with an element open), but reporting positions, not strings: for a worksheet's sheetData.
 */
export function scanRawXml(xml: string, from: number, to: number, handler: RawXmlHandler): void {
  const stack: string[] = [];
  let at = from;
  while (at < to) {
    let lt = xml.indexOf("<", at);
    if (lt < 0 || lt >= to) lt = to;
    if (lt > at) handler.text(at, lt, false);
    if (lt >= to) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt);
        if (end < 0 || end >= to) throw new Error(`a CDATA section at character ${lt} never ends`);
        handler.text(lt + 9, end, true);
        at = end + 3;
      } else if (xml.startsWith("<!--", lt)) {
        const end = xml.indexOf("-->", lt);
        if (end < 0 || end >= to) throw new Error(`a comment at character ${lt} never ends`);
        at = end + 3;
      } else {
        const end = xml.indexOf(">", lt);
        if (end < 0 || end >= to) throw new Error(`a declaration at character ${lt} never ends`);
        at = end + 1;
      }
      continue;
    }
    const gt = xml.indexOf(">", lt);
    if (gt < 0 || gt >= to) throw new Error(`a tag at character ${lt} never ends`);
    if (next === 63 /* ? */) {
      at = gt + 1;
      continue;
    }
    if (next === 47 /* / */) {
      let start = lt + 2;
      let end = gt;
      while (start < end && isSpace(xml.charCodeAt(start))) start++;
      while (end > start && isSpace(xml.charCodeAt(end - 1))) end--;
      const name = nameOf(xml, start, end);
      const expected = stack.pop();
      if (expected !== name) {
        throw new Error(
          expected === undefined
            ? `the end tag </${name}> closes no element`
            : `the end tag </${name}> comes where <${expected}> is still open`
        );
      }
      handler.close(name);
      at = gt + 1;
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const bodyEnd = selfClosing ? gt - 1 : gt;
    const inner = xml.indexOf("<", lt + 1);
    if (inner >= 0 && inner < bodyEnd)
      throw new Error(`the tag at character ${lt} is not closed before the next one`);
    let nameEnd = lt + 1;
    while (nameEnd < bodyEnd && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
    const name = nameOf(xml, lt + 1, nameEnd);
    handler.open(name, nameEnd, bodyEnd, selfClosing);
    if (selfClosing) handler.close(name);
    else stack.push(name);
    at = gt + 1;
  }
  if (stack.length > 0)
    throw new Error(`the part ends while <${stack[stack.length - 1]}> is still open`);
}
