import { execFileSync } from "child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "fs";
import { join } from "path";
import { tempDir } from "../../../test/support/run-cli";
import { checkOutputTarget } from "./output-target";

describe("checkOutputTarget", () => {
  it("accepts a new path (folders to be made included) and an existing regular file", () => {
    const dir = tempDir();
    expect(checkOutputTarget(join(dir, "new.xlsx"), "new.xlsx")).toBe(join(dir, "new.xlsx"));
    expect(checkOutputTarget(join(dir, "a", "b", "new.xlsx"), "x")).toBe(
      join(dir, "a", "b", "new.xlsx")
    );
    writeFileSync(join(dir, "old.xlsx"), "x");
    expect(checkOutputTarget(join(dir, "old.xlsx"), "old.xlsx")).toBe(join(dir, "old.xlsx"));
  });

  it("refuses a folder, naming the path and the reason in both languages", () => {
    const dir = tempDir();
    expect(() => checkOutputTarget(dir, "out")).toThrow(
      "Cannot write to out: it is a folder. TierSheet writes only to a regular file or a new path."
    );
    try {
      checkOutputTarget(dir, "out");
    } catch (e) {
      expect((e as { messages: Record<string, string> }).messages["zh-CN"]).toBe(
        "无法写入 out：它是文件夹。TierSheet 只写入普通文件或新路径。"
      );
    }
  });

  it("refuses devices such as /dev/full and /dev/null", () => {
    expect(() => checkOutputTarget("/dev/full", "/dev/full")).toThrow(
      "Cannot write to /dev/full: it is a device (character special file)."
    );
    expect(() => checkOutputTarget("/dev/null", "/dev/null")).toThrow(/a device/);
  });

  it("refuses a named pipe", () => {
    const fifo = join(tempDir(), "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    expect(() => checkOutputTarget(fifo, "pipe.xlsx")).toThrow(/it is a named pipe \(FIFO\)/);
  });

  it("follows a symbolic link to the file it names, and refuses one to a folder", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "real.xlsx"), "x");
    symlinkSync(join(dir, "real.xlsx"), join(dir, "link.xlsx"));
    expect(checkOutputTarget(join(dir, "link.xlsx"), "link.xlsx")).toBe(join(dir, "real.xlsx"));
    mkdirSync(join(dir, "folder"));
    symlinkSync(join(dir, "folder"), join(dir, "to-folder.xlsx"));
    expect(() => checkOutputTarget(join(dir, "to-folder.xlsx"), "to-folder.xlsx")).toThrow(
      /a folder/
    );
    symlinkSync(join(dir, "gone.xlsx"), join(dir, "dangling.xlsx"));
    expect(checkOutputTarget(join(dir, "dangling.xlsx"), "d")).toBe(join(dir, "gone.xlsx"));
  });

  it("refuses a name longer than 255 bytes (counting UTF-8 bytes, not characters)", () => {
    const dir = tempDir();
    expect(() => checkOutputTarget(join(dir, "a".repeat(251) + ".xlsx"), "long")).toThrow(
      "Cannot write to long: the name is 256 bytes long, and the file system allows at most 255. Choose a shorter name."
    );
    // 客 is 3 bytes in UTF-8: 84 of them and ".xlsx" make 257 bytes in 89 characters.
    expect(() => checkOutputTarget(join(dir, "客".repeat(84) + ".xlsx"), "cn")).toThrow(
      /257 bytes/
    );
    expect(checkOutputTarget(join(dir, "a".repeat(250) + ".xlsx"), "ok")).toContain(
      "a".repeat(250)
    );
  });

  it("refuses a path under a file, naming the file that is not a folder", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "plain"), "x");
    expect(() => checkOutputTarget(join(dir, "plain", "out.xlsx"), "plain/out.xlsx")).toThrow(
      "Cannot write to plain/out.xlsx: plain is not a folder."
    );
  });
});
