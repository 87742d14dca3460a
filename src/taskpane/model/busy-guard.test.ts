import { busyGuard } from "./busy-guard";

type Action = "score" | "refresh";

function gate(): { wait: Promise<void>; open: () => void } {
  let open: () => void = () => undefined;
  const wait = new Promise<void>((r) => (open = r));
  return { wait, open };
}

describe("busyGuard", () => {
  it("runs Score pressed twice once", async () => {
    const guard = busyGuard<Action>();
    const g = gate();
    let runs = 0;
    const score = (): Promise<number | null> =>
      guard.run("score", async () => {
        runs++;
        await g.wait;
        return runs;
      });
    const first = score();
    const second = score();
    expect(await second).toBeNull();
    g.open();
    expect(await first).toBe(1);
    expect(runs).toBe(1);
  });

  it("refuses Score while a Refresh runs, and names the action under way", async () => {
    const events: (Action | null)[] = [];
    const guard = busyGuard<Action>((w) => events.push(w));
    const g = gate();
    const refresh = guard.run("refresh", () => g.wait.then(() => "refreshed"));
    expect(guard.current()).toBe("refresh");
    let scored = false;
    expect(await guard.run("score", async () => (scored = true))).toBeNull();
    expect(scored).toBe(false);
    g.open();
    expect(await refresh).toBe("refreshed");
    expect(guard.current()).toBeNull();
    expect(await guard.run("score", async () => "scored")).toBe("scored");
    expect(events).toEqual(["refresh", null, "score", null]);
  });

  it("frees the pane when an action fails", async () => {
    const guard = busyGuard<Action>();
    await expect(
      guard.run("score", async () => {
        throw new Error("boom");
      })
    ).rejects.toThrow("boom");
    expect(guard.current()).toBeNull();
    expect(await guard.run("refresh", async () => 1)).toBe(1);
  });
});
