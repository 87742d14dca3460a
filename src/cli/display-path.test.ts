import * as path from "node:path";
import { displayPath } from "./display-path";

describe("displayPath", () => {
  it("is relative inside the working folder and absolute outside it", () => {
    const cwd = path.resolve("/work/project");
    expect(displayPath(path.join(cwd, "out", "a.xlsx"), cwd)).toBe(path.join("out", "a.xlsx"));
    expect(displayPath(path.resolve("/tmp/a.xlsx"), cwd)).toBe(path.resolve("/tmp/a.xlsx"));
  });
});
