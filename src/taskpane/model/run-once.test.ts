import { runOnce } from "./run-once";

describe("runOnce", () => {
  it("runs once while running, and again after", async () => {
    let calls = 0;
    let release: () => void = () => undefined;
    const guard = runOnce(async () => {
      calls++;
      await new Promise<void>((r) => (release = r));
      return calls;
    });
    const first = guard.run();
    const second = guard.run();
    expect(guard.running()).toBe(true);
    expect(await second).toBeNull();
    release();
    expect(await first).toBe(1);
    expect(guard.running()).toBe(false);
    const third = guard.run();
    release();
    expect(await third).toBe(2);
  });

  it("frees the guard when the task fails", async () => {
    const guard = runOnce(async () => {
      throw new Error("boom");
    });
    await expect(guard.run()).rejects.toThrow("boom");
    expect(guard.running()).toBe(false);
  });
});
