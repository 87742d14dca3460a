import { DOMParser } from "@xmldom/xmldom";

/** Parses XML, throwing on any warning or error: a test's well-formedness check. */
export function parseXml(xml: string): Document {
  const problems: string[] = [];
  const record = (message: string) => problems.push(message);
  const doc = new DOMParser({
    errorHandler: { warning: record, error: record, fatalError: record },
  }).parseFromString(xml, "text/xml");
  if (problems.length > 0) throw new Error(`Malformed XML: ${problems.join("; ")}`);
  return doc;
}

/** Elements by namespace-qualified local name ("c", "ser" for c:ser), in document order. */
export function elements(
  root: Document | Element,
  namespace: string,
  localName: string
): Element[] {
  return Array.from(
    root.getElementsByTagNameNS(namespace, localName) as unknown as ArrayLike<Element>
  );
}

/** The `val` attribute of each matching element. */
export function vals(root: Document | Element, namespace: string, localName: string): string[] {
  return elements(root, namespace, localName).map((e) => e.getAttribute("val") ?? "");
}

/** The text of each matching element. */
export function texts(root: Document | Element, namespace: string, localName: string): string[] {
  return elements(root, namespace, localName).map((e) => e.textContent ?? "");
}

/** The element children's local names, in order (to check schema element order). */
export function childNames(element: Element): string[] {
  return Array.from(element.childNodes as unknown as ArrayLike<Node>)
    .filter((n): n is Element => n.nodeType === 1)
    .map((e) => e.localName ?? "");
}
