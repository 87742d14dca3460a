import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readWorkbookFile } from "./read-file";
import { writeWorkbookXlsx } from "./write-xlsx";

describe("writeWorkbookXlsx", () => {
  it("writes a file that reads back", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tiersheet-write-"));
    try {
      const file = path.join(dir, "样例.xlsx");
      await writeWorkbookXlsx(
        {
          sheets: [
            {
              name: "S",
              rows: [
                ["a", "b"],
                [1, 2],
              ],
            },
          ],
        },
        file
      );
      expect((await readWorkbookFile(file)).sheets[0].rows).toEqual([
        ["a", "b"],
        [1, 2],
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
