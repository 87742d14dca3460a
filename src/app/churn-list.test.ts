import { DEFAULT_SETTINGS } from "../engine/settings";
import { readWorkbook } from "./read-workbook";
import { scoreRequest } from "./score";
import { writeChurnList } from "./churn-list";
import { AS_OF, customerHost } from "./use-cases.test-helper";

describe("writeChurnList", () => {
  it("writes every overdue active customer to a new sheet, largest value at risk first", async () => {
    const rows = [];
    for (let i = 1; i <= 12; i++)
      rows.push([`L${i}`, `Late ${i}`, "王", i * 10, 1, "2026-01-01", "2026-01-01"]);
    rows.push(["W1", "Gone", "李", 500, 2, "2025-01-01", "2024-06-01"]);
    rows.push(["OK", "Fine", "李", 900, 3, "2026-10-20", "2024-06-01"]);
    const host = await customerHost(rows);
    const outcome = scoreRequest(await readWorkbook(host), {
      asOf: AS_OF,
      settings: DEFAULT_SETTINGS,
    });
    if (!("run" in outcome)) throw new Error("no run");
    const name = await writeChurnList(host, outcome.run, "call", "en-US");
    expect(name).toBe("Call list 2026-11-01");
    const sheet = host.workbook().sheets.find((s) => s.name === name)!;
    expect(sheet.rows[0]).toEqual(expect.arrayContaining(["Customer ID", "Value at risk"]));
    // All twelve, not the ten the pane shows; the churned one goes to the win-back list instead.
    expect(sheet.rows.slice(1).map((r) => r[0])).toEqual(
      Array.from({ length: 12 }, (_, i) => `L${12 - i}`)
    );
    const winBack = await writeChurnList(host, outcome.run, "win-back", "zh-CN");
    const wb = host.workbook().sheets.find((s) => s.name === winBack)!;
    expect(wb.rows.slice(1).map((r) => r[0])).toEqual(["W1"]);
  });
});
