import { readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { tempDir } from "../../../test/support/run-cli";
import { WRITE_STEPS } from "./faults";
import { writeNewOutput } from "./write-new-output";

const bytes = new TextEncoder().encode("scored");

describe("writeNewOutput", () => {
  it("writes a new path, making its folders, and leaves nothing beside", () => {
    const dir = tempDir();
    const out = join(dir, "sub", "out.xlsx");
    writeNewOutput(out, "out.xlsx", bytes, {}, () => undefined);
    expect(readFileSync(out, "utf8")).toBe("scored");
    expect(readdirSync(join(dir, "sub"))).toEqual(["out.xlsx"]);
  });

  it.each(WRITE_STEPS.filter((s) => !["lock", "unlock", "backup", "rename-backup"].includes(s)))(
    "a failure at %s leaves an existing output as it was, nothing beside, and says why",
    (step) => {
      const dir = tempDir();
      const out = join(dir, "out.xlsx");
      writeFileSync(out, "last month");
      expect(() =>
        writeNewOutput(out, "out.xlsx", bytes, { TIERSHEET_FAULT: `${step}:EIO` }, () => undefined)
      ).toThrow("Cannot write out.xlsx: the disk reported an input/output error.");
      expect(readFileSync(out, "utf8")).toBe("last month");
      expect(readdirSync(dir)).toEqual(["out.xlsx"]);
    }
  );

  it("refuses a device or a folder before writing anything", () => {
    expect(() => writeNewOutput("/dev/full", "/dev/full", bytes, {}, () => undefined)).toThrow(
      /a device/
    );
    const dir = tempDir();
    expect(() => writeNewOutput(dir, "out", bytes, {}, () => undefined)).toThrow(/a folder/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
