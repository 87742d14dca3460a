import { loadOfficeJs, OFFICE_JS_URL, type ScriptDocument } from "./load-office-js";

function fakeDocument() {
  const listeners: Record<string, () => void> = {};
  const appended: unknown[] = [];
  const script = {
    src: "",
    async: false,
    addEventListener: (type: string, listener: () => void) => (listeners[type] = listener),
  };
  const doc: ScriptDocument = {
    createElement: () => script,
    head: { appendChild: (node) => appended.push(node) },
  };
  return { doc, script, listeners, appended };
}

describe("loadOfficeJs", () => {
  it("adds an async script for Office.js and resolves when it loads", async () => {
    const { doc, script, listeners, appended } = fakeDocument();
    const loaded = loadOfficeJs(doc);
    expect(appended).toEqual([script]);
    expect(script.src).toBe(OFFICE_JS_URL);
    expect(script.async).toBe(true);
    listeners.load();
    await expect(loaded).resolves.toBeUndefined();
  });

  it("rejects when the script fails to load", async () => {
    const { doc, listeners } = fakeDocument();
    const loaded = loadOfficeJs(doc);
    listeners.error();
    await expect(loaded).rejects.toThrow(/Office.js did not load/);
  });
});
