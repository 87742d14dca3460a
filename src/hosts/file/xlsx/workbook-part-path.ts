import { readRels, type PartRel } from "./read-rels";

/**
 * Where a package keeps its workbook part: the officeDocument target of its root relationships
 * (`_rels/.rels`), else xl/workbook.xml where there are none. `read` parses the root relationships
 * (a reader may wrap it to name the part in an error).
 */
export function workbookPartPath(
  rootRelsXml: string | null,
  read: (xml: string) => PartRel[] = (xml) => readRels("", xml)
): string {
  const office = rootRelsXml
    ? read(rootRelsXml).find((r) => r.kind === "officeDocument")
    : undefined;
  return office?.target ?? "xl/workbook.xml";
}
