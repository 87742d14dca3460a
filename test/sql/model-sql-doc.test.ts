import { readFileSync } from "fs";
import { join } from "path";
import { DEFAULT_SETTINGS } from "../../src/engine/settings";
import { compileModelSql } from "../../src/engine/sql/compile-model-sql";

// Outside src/engine: reading the committed file needs Node, which the engine never imports.
describe("docs/model.sql", () => {
  it("is the script for the default settings (run `tiersheet sql -o docs/model.sql --force` after a change)", () => {
    const committed = readFileSync(join(__dirname, "../../docs/model.sql"), "utf8");
    expect(committed).toBe(compileModelSql(DEFAULT_SETTINGS));
  });
});
