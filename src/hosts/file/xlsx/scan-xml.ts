import { decodeXmlText } from "./decode-xml-text";

/** Callbacks for scanXml. Names are local names: any namespace prefix ("x:c", "r:id") is dropped. */
export interface XmlHandler {
  open?(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  close?(name: string): void;
  /** Character data, decoded; CDATA sections are passed as written. */
  text?(text: string): void;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The attributes of a start tag's text, by local name (a prefixed duplicate does not replace a plain one). */
export function tagAttributes(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(tag); m !== null; m = ATTRIBUTE.exec(tag)) {
    const name = localName(m[1]);
    if (m[1].startsWith("xmlns")) continue;
    if (name in attributes && m[1].includes(":")) continue;
    attributes[name] = decodeXmlText(m[3] ?? m[4] ?? "");
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
    while (nameEnd < body.length && !/\s/.test(body[nameEnd])) nameEnd++;
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
