import { stageName } from "./stage-name";

describe("stageName", () => {
  it("names each stage", () => {
    expect(stageName("exploration")["zh-CN"]).toBe("考察期");
    expect(stageName("decline")["en-US"]).toBe("decline (退化期)");
  });
});
