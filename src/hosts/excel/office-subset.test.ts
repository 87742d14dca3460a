import type { XlContext, XlRun } from "./office-subset";

/** True only when A is assignable to B; a false here fails `tsc`, since `true` is not `false`. */
type Fits<A, B> = [A] extends [B] ? true : false;

describe("office-subset", () => {
  it("is satisfied by Office.js's own types, so the pane can pass Excel.run", () => {
    const contextFits: Fits<Excel.RequestContext, XlContext> = true;
    const runFits: Fits<typeof Excel.run, XlRun> = true;
    expect([contextFits, runFits]).toEqual([true, true]);
  });
});
