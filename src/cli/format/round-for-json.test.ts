import { roundForJson } from "./round-for-json";

describe("roundForJson", () => {
  it("rounds to the given decimals", () => {
    expect(roundForJson(1.23456, 2)).toBe(1.23);
    expect(roundForJson(null, 2)).toBeNull();
  });

  it("keeps a value whose scaling would overflow, instead of turning it into Infinity (JSON null)", () => {
    expect(roundForJson(1e308, 2)).toBe(1e308);
    expect(JSON.stringify(roundForJson(1.7e308, 4))).toBe("1.7e+308");
  });
});
