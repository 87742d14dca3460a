import { decodeXmlText } from "./decode-xml-text";

/** Callbacks for scanXml. Names are local names: any namespace prefix ("x:c", "r:id") is dropped. */
export interface XmlHandler {
  open?(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  close?(name: string): void;
  /** Character data, decoded; CDATA sections are passed as written. */
  text?(text: string): void;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** XML's white space (space, tab, CR, LF), by character code. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * The attributes of a start tag's text, by local name (a prefixed duplicate does not replace a plain
 * one). Read by hand rather than by a regular expression: a sheet has millions of tags. Text that is
 * no attribute (a name without "=" and a quoted value) is skipped.
 */
export function tagAttributes(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const length = tag.length;
  let at = 0;
  while (at < length) {
    while (at < length && isSpace(tag.charCodeAt(at))) at++;
    const start = at;
    while (at < length) {
      const c = tag.charCodeAt(at);
      if (c === 61 /* = */ || c === 47 /* / */ || c === 62 /* > */ || isSpace(c)) break;
      at++;
    }
    const full = tag.slice(start, at);
    while (at < length && isSpace(tag.charCodeAt(at))) at++;
    if (full === "" || tag.charCodeAt(at) !== 61) {
      if (at === start) at++;
      continue;
    }
    at++;
    while (at < length && isSpace(tag.charCodeAt(at))) at++;
    const quote = tag.charCodeAt(at);
    if (quote !== 34 && quote !== 39) continue;
    const end = tag.indexOf(quote === 34 ? '"' : "'", at + 1);
    if (end < 0) break;
    const raw = tag.slice(at + 1, end);
    at = end + 1;
    if (full.startsWith("xmlns")) continue;
    const colon = full.indexOf(":");
    const name = colon < 0 ? full : full.slice(colon + 1);
    if (colon >= 0 && name in attributes) continue;
    attributes[name] = raw.indexOf("&") < 0 && raw.indexOf("\r") < 0 ? raw : decodeXmlText(raw);
  }
  return attributes;
}

/**
 * Walks an XML document's elements and text in order, without building a tree: a sheet of a
 * million cells is read in one pass over its text. Namespace prefixes are ignored (sheets written
 * with "x:" prefixes, strict OOXML's other namespaces, read alike). Throws a plain Error naming the
 * offset of a tag that never ends; callers name the part.
 */
export function scanXml(xml: string, handler: XmlHandler): void {
  const { open, close, text } = handler;
  // Open elements, checked against each end tag: a cut or garbled part fails here, in words.
  const stack: string[] = [];
  let at = 0;
  const length = xml.length;
  while (at < length) {
    const lt = xml.indexOf("<", at);
    if (lt < 0) {
      if (text && at < length) text(decodeXmlText(xml.slice(at)));
      break;
    }
    if (text && lt > at) text(decodeXmlText(xml.slice(at, lt)));
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt);
        if (end < 0) throw new Error(`a CDATA section at character ${lt} never ends`);
        if (text) text(xml.slice(lt + 9, end));
        at = end + 3;
      } else if (xml.startsWith("<!--", lt)) {
        const end = xml.indexOf("-->", lt);
        if (end < 0) throw new Error(`a comment at character ${lt} never ends`);
        at = end + 3;
      } else {
        const end = xml.indexOf(">", lt);
        if (end < 0) throw new Error(`a declaration at character ${lt} never ends`);
        at = end + 1;
      }
      continue;
    }
    const gt = xml.indexOf(">", lt);
    if (gt < 0) throw new Error(`a tag at character ${lt} never ends`);
    if (next === 63 /* ? */) {
      at = gt + 1;
      continue;
    }
    if (next === 47 /* / */) {
      const name = localName(xml.slice(lt + 2, gt).trim());
      const expected = stack.pop();
      if (expected !== name) {
        throw new Error(
          expected === undefined
            ? `the end tag </${name}> closes no element`
            : `the end tag </${name}> comes where <${expected}> is still open`
        );
      }
      if (close) close(name);
      at = gt + 1;
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const body = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
    if (body.indexOf("<") >= 0)
      throw new Error(`the tag at character ${lt} is not closed before the next one`);
    let nameEnd = 0;
    while (nameEnd < body.length && !isSpace(body.charCodeAt(nameEnd))) nameEnd++;
    const name = localName(body.slice(0, nameEnd));
    if (open)
      open(name, nameEnd < body.length ? tagAttributes(body.slice(nameEnd)) : {}, selfClosing);
    if (selfClosing) {
      if (close) close(name);
    } else stack.push(name);
    at = gt + 1;
  }
  if (stack.length > 0)
    throw new Error(`the part ends while <${stack[stack.length - 1]}> is still open`);
}
