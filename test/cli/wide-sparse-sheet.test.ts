import { writeFileSync } from "fs";
import { join } from "path";
import { packageOf } from "../../src/hosts/file/xlsx/test-package.test-helper";
import { runCli, tempDir } from "../support/run-cli";

const dir = tempDir();

/** A sheet with one value in column XFD on every customer's row (the 200,000 rows, smaller). */
function wideSparse(customers: number): string {
  const header = ["客户编号", "客户名称", "累计销售额", "交易次数"]
    .map((label, j) => `<c r="${"ABCD"[j]}1" t="inlineStr"><is><t>${label}</t></is></c>`)
    .join("");
  const rows = [`<row r="1">${header}</row>`];
  for (let r = 2; r <= customers + 1; r++)
    rows.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>C${r}</t></is></c><c r="B${r}" t="inlineStr"><is><t>N${r}</t></is></c>` +
        `<c r="C${r}"><v>${r * 10}</v></c><c r="D${r}"><v>2</v></c><c r="XFD${r}"><v>1</v></c></row>`
    );
  return rows.join("");
}

describe("a wide sparse sheet (a value in column XFD on every row)", () => {
  it("is read, not refused: every far value is an extra cell, and the table scores to .xlsx", async () => {
    const file = join(dir, "wide.xlsx");
    writeFileSync(file, packageOf({ sheet: wideSparse(3_000) }));
    const checked = await runCli(["validate", file, "--json", "--as-of", "2026-11-01"]);
    const findings = JSON.parse(checked.stdout).findings as { code: string; column: string }[];
    const extra = findings.filter((f) => f.code === "extra-cell");
    expect([extra.length, new Set(extra.map((f) => f.column))]).toEqual([3_000, new Set(["XFD"])]);
    const scored = await runCli([
      "score",
      file,
      "-o",
      join(dir, "wide-out.xlsx"),
      "--as-of",
      "2026-11-01",
    ]);
    expect([scored.code, scored.stderr]).toEqual([0, ""]);
  });
});
