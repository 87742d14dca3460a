import { isTrimSpace } from "./trim-space";

describe("isTrimSpace", () => {
  it("agrees with String.prototype.trim on every code point", () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (isTrimSpace(c) !== (String.fromCodePoint(c).trim() === "")) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});
