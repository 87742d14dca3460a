import { scanXml } from "./scan-xml";

/** One relationship of a part: its id, its type's last segment ("worksheet"), and the target part. */
export interface PartRel {
  id: string;
  /** The type URI's last path segment, alike in transitional and strict OOXML. */
  kind: string;
  /** The target's zip path ("xl/worksheets/sheet1.xml"), or the URI itself when external. */
  target: string;
  external: boolean;
}

/** The rels part of a part: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target as a zip path: absolute ("/xl/...") or relative to the source's folder. */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of target.replace(/^\//, "").split("/")) {
    if (segment === "..") base.pop();
    else if (segment !== "." && segment !== "") base.push(segment);
  }
  return base.join("/");
}

function decodeTarget(target: string): string {
  try {
    return decodeURI(target);
  } catch {
    return target;
  }
}

/** Parses the rels part of `source` (its XML text; empty when the part has none). */
export function readRels(source: string, xml: string): PartRel[] {
  const rels: PartRel[] = [];
  scanXml(xml, {
    open(name, a) {
      if (name !== "Relationship" || a.Id === undefined || a.Target === undefined) return;
      const external = a.TargetMode === "External";
      const type = a.Type ?? "";
      rels.push({
        id: a.Id,
        kind: type.slice(type.lastIndexOf("/") + 1),
        target: external ? a.Target : resolveTarget(source, decodeTarget(a.Target)),
        external,
      });
    },
  });
  return rels;
}
