import { chunkAddresses } from "./chunk-addresses";

describe("chunkAddresses", () => {
  it("packs addresses into as few strings as fit the limit", () => {
    expect(chunkAddresses(["A1", "B2", "C3"], 5)).toEqual(["A1,B2", "C3"]);
    expect(chunkAddresses(["A1", "B2"], 4)).toEqual(["A1", "B2"]);
  });

  it("keeps every chunk under 8,000 characters by default and loses no address", () => {
    const addresses = Array.from({ length: 5_000 }, (_, i) => `AB${i + 1}`);
    const chunks = chunkAddresses(addresses);
    expect(chunks.every((c) => c.length <= 7_999)).toBe(true);
    expect(chunks.join(",").split(",")).toEqual(addresses);
    expect(chunks.length).toBe(Math.ceil((addresses.join(",").length + 1) / 8_000));
  });

  it("gives nothing for nothing", () => {
    expect(chunkAddresses([])).toEqual([]);
  });
});
