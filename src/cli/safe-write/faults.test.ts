import { faultsFrom } from "./faults";

describe("faultsFrom", () => {
  it("plants nothing without TIERSHEET_FAULT", () => {
    expect(() => faultsFrom({})("rename")).not.toThrow();
  });

  it("fails the named steps with the named error codes, and no other step", () => {
    const faults = faultsFrom({ TIERSHEET_FAULT: "rename:ENOSPC, fsync:EIO" });
    expect(() => faults("write")).not.toThrow();
    expect(() => faults("rename")).toThrow(expect.objectContaining({ code: "ENOSPC" }));
    expect(() => faults("fsync")).toThrow(expect.objectContaining({ code: "EIO" }));
  });
});
