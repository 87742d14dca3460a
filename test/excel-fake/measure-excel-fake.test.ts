import { measureExcelFake } from "./measure-excel-fake";

describe("measureExcelFake", () => {
  it("reports reads and writes of 10,000 x 40: writes in at most twice the read's syncs, nothing over 4 MB", async () => {
    const m = await measureExcelFake(10_000, 40);
    expect(m.readSyncs).toBeLessThanOrEqual(Math.ceil(10_000 / 5_000) + 2);
    expect(m.writeSyncs).toBeLessThanOrEqual(2 * m.readSyncs);
    expect(Math.max(m.readMaxBytes, m.writeMaxBytes)).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(m.readMaxBytes).toBeGreaterThan(0);
  });
});
