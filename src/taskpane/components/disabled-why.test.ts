import { paneTranslator } from "../../i18n/pane";
import { disabledWhy } from "./disabled-why";

const t = paneTranslator("en-US");

describe("disabledWhy", () => {
  it("says a file must be opened first, or that other work is running, and nothing when enabled", () => {
    expect(disabledWhy({ host: null, busy: null }, t)).toBe("Open a file first.");
    const host = {} as never;
    const busy = { what: "score", done: 0, total: 0, cancel: () => undefined } as const;
    expect(disabledWhy({ host, busy }, t)).toMatch(/running/);
    expect(disabledWhy({ host, busy: null }, t)).toBeUndefined();
  });
});
