/** Undoes the five predefined XML entities and numeric character references in an attribute value. */
function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[entity] ?? "";
  });
}

/**
 * The attributes of every start tag with this qualified name, in document order: enough for the
 * flat, machine-written package parts (rels, workbook sheets) without an XML library in the bundle.
 */
export function tagAttributes(xml: string, qualifiedName: string): Record<string, string>[] {
  const escaped = qualifiedName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const tag = new RegExp(`<${escaped}(\\s[^>]*?)?\\/?>`, "g");
  const attribute = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  const found: Record<string, string>[] = [];
  for (const match of xml.matchAll(tag)) {
    const attributes: Record<string, string> = {};
    for (const a of (match[1] ?? "").matchAll(attribute))
      attributes[a[1]] = unescapeXml(a[3] ?? a[4] ?? "");
    found.push(attributes);
  }
  return found;
}
