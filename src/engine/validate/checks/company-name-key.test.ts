import { companyNameKey } from "./company-name-key";

describe("companyNameKey", () => {
  it("removes the legal suffixes of domain.md §8, repeatedly, from the end", () => {
    expect(companyNameKey("华为技术有限公司")).toBe("华为技术");
    expect(companyNameKey("华为技术有限责任公司")).toBe("华为技术");
    expect(companyNameKey("万科企业股份有限公司")).toBe("万科企业");
    expect(companyNameKey("万科企业股份")).toBe("万科企业");
    expect(companyNameKey("Acme Co.,Ltd.")).toBe("acme");
    expect(companyNameKey("ACME Co., Ltd")).toBe("acme");
    expect(companyNameKey("Acme Ltd.")).toBe("acme");
    expect(companyNameKey("Acme Inc.")).toBe("acme");
    expect(companyNameKey("Acme, Inc")).toBe("acme");
  });

  it("ignores case, spaces, punctuation and full-width forms", () => {
    expect(companyNameKey(" 华为 技术 有限 公司 ")).toBe("华为技术");
    expect(companyNameKey("华为技术（有限公司）")).toBe("华为技术");
    expect(companyNameKey("ＡＣＭＥ　ＣＯ．，ＬＴＤ．")).toBe("acme");
    expect(companyNameKey("A.C.M.E")).toBe(companyNameKey("acme"));
  });

  it("keeps suffix letters that are part of a word, and suffixes in the middle", () => {
    expect(companyNameKey("Costco")).toBe("costco");
    expect(companyNameKey("Zinc")).toBe("zinc");
    expect(companyNameKey("有限公司华为")).toBe("有限公司华为");
  });

  it("gives nothing for a bare suffix", () => {
    expect(companyNameKey("有限公司")).toBe("");
    expect(companyNameKey("Co., Ltd.")).toBe("");
  });
});
