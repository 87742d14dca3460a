import { binLabel } from "./bin-label";

const bin = { lower: -Infinity, upper: 12.5, levels: [], missing: false, goods: 1, bads: 1 };

describe("binLabel", () => {
  it("labels numeric, categorical and missing bins", () => {
    expect(binLabel(bin, [])).toBe("[-inf,12.5)");
    expect(binLabel({ ...bin, lower: 12.5, upper: Infinity }, [])).toBe("[12.5,inf)");
    expect(binLabel({ ...bin, levels: [0, 1] }, ["own", "yes, registered"])).toBe(
      "own | yes, registered"
    );
    expect(binLabel({ ...bin, missing: true }, [])).toBe("missing");
    expect(binLabel({ ...bin, lower: 12, upper: 30.53999999999985 }, [])).toBe("[12,30.54)");
  });
});
