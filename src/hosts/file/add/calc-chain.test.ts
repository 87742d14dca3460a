import { calcChainRefersTo } from "./calc-chain";

describe("calcChainRefersTo", () => {
  const chain = `<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B2" i="1"/><c r="B3"/><c r="A1" i="4" l="1"/><c r="A2"/></calcChain>`;
  it("finds a sheet named by i, or by the cell before it", () => {
    expect(calcChainRefersTo(chain, new Set([4]))).toBe(true);
    expect(calcChainRefersTo(chain, new Set([1]))).toBe(true);
    expect(calcChainRefersTo(chain, new Set([2, 3]))).toBe(false);
    expect(calcChainRefersTo(chain, new Set())).toBe(false);
  });
  it("takes a chain it cannot read as naming the sheet", () => {
    expect(calcChainRefersTo("<calcChain><c r=", new Set([2]))).toBe(true);
  });
});
