import { engineKind, paneEngine } from "./choose-engine";
import type { EngineWorker } from "./worker-engine";

const start = (): EngineWorker => {
  throw new Error("no worker is started by choosing");
};

describe("where the pane's engine runs", () => {
  it("is a worker when the page has Worker and the build can start one", () => {
    expect(engineKind({ Worker: function Worker() {} }, start)).toBe("worker");
    expect(paneEngine({ Worker: function Worker() {} }, start).kind).toBe("worker");
  });

  it("is the page's thread where Worker is missing", () => {
    expect(engineKind({}, start)).toBe("main-thread");
    expect(engineKind({ Worker: undefined }, start)).toBe("main-thread");
    expect(paneEngine({}, start).kind).toBe("main-thread");
  });

  it("is the page's thread when nothing can start the worker (a test's or a server's render)", () => {
    expect(engineKind({ Worker: function Worker() {} }, null)).toBe("main-thread");
  });
});
