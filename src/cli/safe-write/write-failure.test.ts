import { writeFailure } from "./write-failure";

const errno = (code: string) => Object.assign(new Error(`${code}: oops, open '/x/y'`), { code });

describe("writeFailure", () => {
  it.each([
    ["ENOSPC", "the disk is full"],
    ["EDQUOT", "the disk is full"],
    ["ENAMETOOLONG", "the file system allows at most 255"],
    ["EACCES", "no permission to change dir"],
    ["EPERM", "marked immutable"],
    ["EROFS", "read-only"],
    ["EIO", "input/output error"],
    ["ENOTDIR", "dir is not a folder"],
  ])("puts %s in words, in both languages", (code, words) => {
    const error = writeFailure(errno(code), "dir/out.xlsx");
    expect(error.messages["en-US"]).toContain(words);
    expect(error.messages["en-US"]).not.toMatch(/Error|oops/);
    expect(error.messages["zh-CN"]).toMatch(/^无法写入 dir\/out.xlsx/);
  });

  it("keeps the system's code and reason for anything else, without the syscall's paths", () => {
    const error = writeFailure(errno("EBUSY"), "out.xlsx");
    expect(error.messages["en-US"]).toBe("Cannot write out.xlsx (EBUSY): oops");
  });

  it("says the user's file was not changed when that is so", () => {
    expect(writeFailure(errno("EIO"), "book.xlsx", "book.xlsx").messages["en-US"]).toMatch(
      / book.xlsx was not changed\.$/
    );
  });
});
