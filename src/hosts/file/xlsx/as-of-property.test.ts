import { strFromU8, unzipSync, zipSync, strToU8 } from "fflate";
import { buildXlsx } from "../build-xlsx";
import { readAsOfProperty, withAsOfProperty } from "./as-of-property";

describe("the as-of property", () => {
  it("is written into a built workbook and read back, declared in the package's lists", async () => {
    const bytes = await buildXlsx({ sheets: [{ name: "客户档案", rows: [["客户编号"], ["C1"]] }] });
    expect(readAsOfProperty(bytes)).toBeNull();
    const dated = withAsOfProperty(bytes, "2026-11-01");
    expect(readAsOfProperty(dated)).toBe("2026-11-01");
    const parts = unzipSync(dated);
    expect(strFromU8(parts["_rels/.rels"])).toContain('Target="docProps/custom.xml"');
    expect(strFromU8(parts["[Content_Types].xml"])).toContain('PartName="/docProps/custom.xml"');
    // The sheets are untouched.
    const before = unzipSync(bytes);
    expect(strFromU8(parts["xl/worksheets/sheet1.xml"])).toBe(
      strFromU8(before["xl/worksheets/sheet1.xml"])
    );
  });
  it("reads nothing from other properties, a broken date or bytes that are not a zip", () => {
    const other = zipSync({
      "docProps/custom.xml": strToU8(
        '<Properties><property name="Owner"><vt:lpwstr>2026-01-01</vt:lpwstr></property>' +
          '<property name="TierSheet as-of"><vt:lpwstr>soon</vt:lpwstr></property></Properties>'
      ),
    });
    expect(readAsOfProperty(other)).toBeNull();
    expect(readAsOfProperty(strToU8("not a zip"))).toBeNull();
  });
});
