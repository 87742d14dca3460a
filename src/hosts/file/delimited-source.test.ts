import { DelimitedSource } from "./delimited-source";
import { parseDelimited } from "./parse-delimited";

const source = (text: string) => new DelimitedSource(new TextEncoder().encode(text), ",");

describe("DelimitedSource", () => {
  it("gives every row as parseDelimited does, empty lines at the end dropped", () => {
    for (const text of ["a,b\n\nc\n\n\n", "a,b\r\n1,2", "", "\n\n", 'x,"y\n\nz"\n\n', "a,\n,\n"]) {
      expect(source(text).rows()).toEqual(parseDelimited(text, ","));
    }
  });

  it("counts at least as many rows as there are, whatever ends the lines", () => {
    for (const text of ["a\nb\n", "a\r\nb", "a\rb\r\rc", '"x\ny"\n', "", "a"]) {
      expect(source(text).maxRows()).toBeGreaterThanOrEqual(parseDelimited(text, ",").length);
    }
    expect(source("a\r\nb\rc\nd").maxRows()).toBe(4);
    expect(source("a\nb\n").maxRows()).toBe(2);
  });

  it("reads only the head it is asked for, and the same head again without reading", () => {
    const text = Array.from({ length: 100 }, (_, i) => `r${i},${i}`).join("\n");
    const s = source(text);
    expect(s.head(3)).toEqual([
      ["r0", "0"],
      ["r1", "1"],
      ["r2", "2"],
    ]);
    expect(s.head(2)).toEqual([
      ["r0", "0"],
      ["r1", "1"],
    ]);
    expect(s.head(1000)).toHaveLength(100);
    expect(source("a\n\n\n").head(20)).toEqual([["a"]]);
  });
});
