import type { Template } from "../template/types";
import { completenessWeights } from "./completeness-weights";

describe("completenessWeights", () => {
  it("totals field weights per part, basic by default, and keeps the parts that weigh", () => {
    const template = {
      id: "t",
      fields: [
        { name: "a", type: "string" },
        { name: "b", type: "number", part: "credit", weight: 2 },
        { name: "c", type: "number", part: "credit" },
        { name: "d", type: "number", part: "returns" },
      ],
      partWeights: { returns: 0 },
    } as unknown as Template;
    const w = completenessWeights(template);
    expect(w.names).toEqual(["a", "b", "c", "d"]);
    expect(w.fieldPart).toEqual([0, 1, 1, 2]);
    expect(w.fieldWeight).toEqual([1, 2, 1, 1]);
    expect(w.totals).toEqual([1, 3, 1]);
    expect(w.counted).toEqual([
      { p: 0, w: 40 },
      { p: 1, w: 30 },
    ]);
    expect(w.weightSum).toBe(70);
  });
});
