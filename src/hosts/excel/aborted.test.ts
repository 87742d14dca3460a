import { AbortedError, throwIfAborted } from "./aborted";

describe("throwIfAborted", () => {
  it("throws a coded error once the signal fired, and nothing before", () => {
    const controller = new AbortController();
    expect(() => throwIfAborted(controller.signal)).not.toThrow();
    expect(() => throwIfAborted(undefined)).not.toThrow();
    controller.abort();
    expect(() => throwIfAborted(controller.signal)).toThrow(AbortedError);
    expect(new AbortedError().code).toBe("aborted");
  });
});
