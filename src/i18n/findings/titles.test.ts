import { FINDING_TITLES, findingTitle } from "./titles";

describe("finding titles", () => {
  it("gives every code a title in both languages, none of them the code itself", () => {
    for (const [code, title] of Object.entries(FINDING_TITLES)) {
      expect(title["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
      expect(title["en-US"].length).toBeGreaterThan(3);
      expect(title["en-US"]).not.toBe(code);
    }
    expect(findingTitle("unique-error", "en-US")).toBe("Same ID on two rows");
  });
});
