import { AS_OF, customerHost } from "../../app/use-cases.test-helper";
import { DEFAULT_SETTINGS } from "../../engine/settings";
import { engineHandler } from "./handle-request";
import type { EngineResponse } from "./protocol";

const ROWS = [
  ["C1", "甲", "王", 100, 2, "2026-10-01", "2025-01-01"],
  ["C2", "乙", "李", 900, 5, "2026-09-01", "2024-01-01"],
];

describe("engineHandler (the worker's side)", () => {
  it("keeps only the last run: questions about an older one are answered in both languages", async () => {
    const replies: EngineResponse[] = [];
    const handle = engineHandler((r) => replies.push(r));
    const bytes = await (await customerHost(ROWS)).resultBytes();
    const score = (id: number) =>
      handle({
        id,
        type: "score",
        source: { kind: "xlsx-bytes", bytes: bytes.slice(), name: "customers.xlsx" },
        request: { asOf: AS_OF, settings: DEFAULT_SETTINGS },
      });
    await score(1);
    // The score job's answer is what the pane shows; no customer crossed with it.
    const scored = replies.find((r) => r.type === "scored");
    expect(scored && "shown" in scored.outcome && "customers" in scored.outcome).toBe(false);
    expect(scored).toMatchObject({
      outcome: { shown: { summary: { customers: 2 } } },
    });
    await handle({ id: 2, type: "why", job: 1, row: 3 });
    expect(replies.at(-1)).toMatchObject({ id: 2, type: "why", answer: { customerId: "C2" } });
    await score(3);
    await handle({ id: 4, type: "run", job: 1 });
    const gone = replies.at(-1);
    expect(gone?.type === "failed" && gone.error.messages?.["en-US"]).toMatch(/Score again/);
    await handle({ id: 5, type: "run", job: 3 });
    const run = replies.at(-1);
    expect(run).toMatchObject({ id: 5, type: "run" });
    expect(run?.type === "run" && run.packed.run.customers.length).toBe(2);
  });
});
