import { textWidth } from "./text-width";

describe("textWidth", () => {
  it("counts Latin characters once and CJK or full-width characters twice", () => {
    expect(textWidth("Loss-making")).toBe(11);
    expect(textWidth("客户名称")).toBe(8);
    expect(textWidth("A级（重点）")).toBe(11);
    expect(textWidth("")).toBe(0);
  });
});
