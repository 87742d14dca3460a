import { parseNumberText } from "../../engine/table/parse-number-text";
import { plainDecimalBytes } from "./plain-decimal-bytes";

const read = (text: string) => {
  const bytes = new TextEncoder().encode(`,${text},`);
  return plainDecimalBytes(bytes, 1, bytes.length - 1);
};

describe("plainDecimalBytes", () => {
  it("reads plain decimals exactly as parseNumberText reads them", () => {
    const texts = ["0", "-0", "+3", "1234", "-5.5", ".5", "7.", "0.1", "0.3", "123456789012345"];
    texts.push("10040.41", "-0.05", "99999999999999.9", "000012", "0.00000000000001");
    for (const text of texts)
      expect([text, read(text)]).toEqual([text, parseNumberText(text)!.value]);
    expect(Object.is(read("-0"), 0)).toBe(true);
  });

  it("agrees with Number on random decimals of up to 15 digits", () => {
    let seed = 3;
    const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const wrong: string[] = [];
    for (let t = 0; t < 50000; t++) {
      const digits = Array.from({ length: 1 + Math.floor(random() * 15) }, () =>
        Math.floor(random() * 10)
      ).join("");
      const dot = Math.floor(random() * (digits.length + 1));
      const text = `${random() < 0.3 ? "-" : ""}${digits.slice(0, dot)}.${digits.slice(dot)}`;
      if (read(text) !== Number(text) + 0) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });

  it("leaves everything else to the generous readers: NaN", () => {
    for (const text of [
      "",
      "-",
      ".",
      "1e5",
      "1,234",
      " 12",
      "12 ",
      "¥12",
      "1.2万",
      "1.2.3",
      "１２",
      "1234567890123456",
      "--1",
      "Infinity",
      "0x10",
    ]) {
      expect([text, read(text)]).toEqual([text, NaN]);
    }
  });
});
