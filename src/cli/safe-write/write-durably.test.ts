import { readFileSync } from "fs";
import { join } from "path";
import { tempDir } from "../../../test/support/run-cli";
import { NO_FAULTS } from "./faults";
import { writeDurably } from "./write-durably";

describe("writeDurably", () => {
  it("writes bytes given whole or in pieces, one after the other", () => {
    const dir = tempDir();
    writeDurably(join(dir, "whole"), new Uint8Array([1, 2, 3]), NO_FAULTS);
    writeDurably(
      join(dir, "pieces"),
      [new Uint8Array([1]), new Uint8Array(0), new Uint8Array([2, 3])],
      NO_FAULTS
    );
    expect([...readFileSync(join(dir, "whole"))]).toEqual([1, 2, 3]);
    expect([...readFileSync(join(dir, "pieces"))]).toEqual([1, 2, 3]);
  });
});
