import { readRels, relsPathOf } from "../xlsx/read-rels";

/** The package's parts as partsToDrop reads them (a Map will do; the writer inflates on demand). */
export interface PartLookup {
  has(path: string): boolean;
  get(path: string): Uint8Array | undefined;
  keys(): Iterable<string>;
}

/**
 * The parts to drop with some removed parts: those parts, their rels parts, and every part reached
 * from them through relationships that no other kept part reaches (a removed sheet's drawing and
 * charts go; a picture a user's sheet shares with it stays).
 */
export function partsToDrop(
  parts: PartLookup,
  removed: Iterable<string>,
  text: (data: Uint8Array) => string
): Set<string> {
  const relsOf = (part: string) => {
    const rels = parts.get(relsPathOf(part));
    return rels ? readRels(part, text(rels)).filter((r) => !r.external) : [];
  };
  const drop = new Set<string>();
  const roots = new Set(removed);
  const queue = [...roots];
  while (queue.length > 0) {
    const part = queue.pop() as string;
    if (drop.has(part)) continue;
    drop.add(part);
    drop.add(relsPathOf(part));
    for (const rel of relsOf(part)) if (parts.has(rel.target)) queue.push(rel.target);
  }
  // What any kept part still points at is kept, with what it points at in turn.
  const keep = new Set<string>();
  const keepQueue: string[] = [];
  for (const name of parts.keys()) {
    if (!name.endsWith(".rels") || drop.has(name)) continue;
    const source = name === "_rels/.rels" ? "" : name.replace(/_rels\/([^/]+)\.rels$/, "$1");
    const rels = readRels(source, text(parts.get(name) as Uint8Array));
    // The removed parts themselves go whoever points at them (the workbook's rels do, until edited).
    for (const rel of rels)
      if (!rel.external && drop.has(rel.target) && !roots.has(rel.target))
        keepQueue.push(rel.target);
  }
  while (keepQueue.length > 0) {
    const part = keepQueue.pop() as string;
    if (keep.has(part)) continue;
    keep.add(part);
    keep.add(relsPathOf(part));
    for (const rel of relsOf(part))
      if (parts.has(rel.target) && !roots.has(rel.target)) keepQueue.push(rel.target);
  }
  for (const part of keep) drop.delete(part);
  return drop;
}
