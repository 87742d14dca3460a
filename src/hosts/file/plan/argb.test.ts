import { argb } from "./argb";

describe("argb", () => {
  it("reads six-, eight- and three-digit hex, with or without #", () => {
    expect(argb("#c6efce")).toBe("FFC6EFCE");
    expect(argb("80C6EFCE")).toBe("80C6EFCE");
    expect(argb("#0f0")).toBe("FF00FF00");
  });
  it("refuses names and malformed hex", () => {
    expect(argb("green")).toBeNull();
    expect(argb("#12345")).toBeNull();
  });
});
