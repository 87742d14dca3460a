import fc from "fast-check";
import { companyNameKey, companyNameKeyHash } from "./company-name-key";
import { FNV_OFFSET, mixText } from "./fnv";

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

describe("companyNameKey, the shortcuts", () => {
  // The plain form: every pattern run on every pass. The shortcuts must never change the answer.
  const GAP = "[\\s\\p{P}\\p{S}]*";
  const CHINESE = ["有限责任公司", "股份有限公司", "有限公司", "股份"].map(
    (s) => new RegExp(`${[...s].join(GAP)}${GAP}$`, "u")
  );
  const LATIN = /(^|[^\p{L}\p{N}])(?:co|ltd|inc)[\s\p{P}\p{S}]*$/u;
  const TRAILING = /[\s\p{P}\p{S}]+$/u;
  function plain(name: string): string {
    let s = name.normalize("NFKC").toLowerCase().replace(TRAILING, "");
    for (;;) {
      let next = s;
      for (const re of CHINESE) next = next.replace(re, "");
      next = next.replace(LATIN, "$1").replace(TRAILING, "");
      if (next === s) break;
      s = next;
    }
    return s.replace(/[\s\p{P}\p{S}]+/gu, "");
  }
  const pieces = [
    "甲",
    "有限",
    "公司",
    "股份",
    "责任",
    "Co",
    "co",
    ".",
    ",",
    " ",
    "Ltd",
    "Inc",
    "x",
    "Ｃｏ",
    "-",
    "LTD",
    "inc",
    "1",
    "（",
    "）",
    "\u3000",
    "\u00a0",
    "🙂",
    "𠀀",
    "\ud800",
    "\udc00",
    "é",
    "e\u0301",
    "ǅ",
    "²",
    "司",
    "份",
    "限",
  ];

  it("gives what running every pattern every time gives", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const name = parts.join("");
        expect(companyNameKey(name)).toBe(plain(name));
      }),
      { numRuns: 5000 }
    );
  });

  it("hashes as the key does, whether or not the name is folded first", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces, "ACME", "Costco", "华为"), { maxLength: 8 }),
        (parts) => {
          const name = parts.join("");
          const key = companyNameKey(name);
          expect(companyNameKeyHash(name)).toBe(key === "" ? null : mixText(FNV_OFFSET, key));
        }
      ),
      { numRuns: 5000 }
    );
  });
});
