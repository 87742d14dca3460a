import type { ZipParts } from "./package-parts";
import { tagAttributes } from "./xml-attributes";

/** One relationship of a package part, its target resolved to a zip path ("xl/charts/chart1.xml"). */
export interface PackageRel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** The rels part of a part: xl/worksheets/sheet1.xml -> xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolves a relative target ("../drawings/drawing1.xml") against the folder of its source part. */
export function resolveTarget(sourcePath: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = sourcePath.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/** A part's relationships, [] when it has none. */
export async function readRels(zip: ZipParts, partPath: string): Promise<PackageRel[]> {
  const file = zip.file(relsPathOf(partPath));
  if (!file) return [];
  const xml = await file.async("string");
  return tagAttributes(xml, "Relationship").map((a) => {
    const external = a.TargetMode === "External";
    return {
      id: a.Id ?? "",
      type: a.Type ?? "",
      target: external ? (a.Target ?? "") : resolveTarget(partPath, a.Target ?? ""),
      external,
    };
  });
}
