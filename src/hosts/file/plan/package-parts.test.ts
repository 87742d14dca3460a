import JSZip from "jszip";
import { PackageParts } from "./package-parts";

async function storedZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("xl/worksheets/sheet1.xml", "<worksheet>客户</worksheet>");
  zip.folder("xl/media");
  zip.file("docProps/app.xml", "<Properties/>", { comment: "a comment" });
  return zip.generateAsync({ type: "uint8array", compression: "STORE", comment: "package" });
}

describe("PackageParts", () => {
  it("reads a stored zip's parts in order, folders left out", async () => {
    const parts = PackageParts.fromStoredZip(await storedZip());
    expect(Object.keys(parts.files)).toEqual([
      "[Content_Types].xml",
      "xl/worksheets/sheet1.xml",
      "docProps/app.xml",
    ]);
    expect(await parts.file("xl/worksheets/sheet1.xml")!.async("string")).toBe(
      "<worksheet>客户</worksheet>"
    );
    expect(parts.file("xl/missing.xml")).toBeNull();
  });

  it("replaces and adds parts, giving every part as bytes in order", async () => {
    const parts = PackageParts.fromStoredZip(await storedZip());
    parts.file("xl/worksheets/sheet1.xml", "<worksheet/>");
    parts.file("xl/charts/chart1.xml", new TextEncoder().encode("<c/>"));
    const entries = parts.entries();
    expect(entries.map((e) => e.name)).toEqual([
      "[Content_Types].xml",
      "xl/worksheets/sheet1.xml",
      "docProps/app.xml",
      "xl/charts/chart1.xml",
    ]);
    expect(new TextDecoder().decode(entries[1].data)).toBe("<worksheet/>");
    expect(await parts.file("xl/charts/chart1.xml")!.async("string")).toBe("<c/>");
  });

  it("refuses a compressed zip and bytes that are no zip", async () => {
    const zip = new JSZip();
    zip.file("a.xml", "<a>" + "x".repeat(1000) + "</a>");
    const deflated = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(() => PackageParts.fromStoredZip(deflated)).toThrow(/compressed/);
    expect(() => PackageParts.fromStoredZip(new Uint8Array(100))).toThrow(/no zip directory/);
  });
});
