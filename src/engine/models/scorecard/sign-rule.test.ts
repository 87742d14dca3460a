import { fitLogistic } from "./logistic-irls";
import { fitWithSignRule } from "./sign-rule";

const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

describe("fitWithSignRule", () => {
  // Three design points; "a" raises the bad rate, "b" lowers it (a negative coefficient).
  const rows = [
    ...Array.from({ length: 10 }, (_, i) => ({ a: 0, b: 0, y: i < 3 ? 1 : 0 })),
    ...Array.from({ length: 8 }, (_, i) => ({ a: 1, b: 0, y: i < 6 ? 1 : 0 })),
    ...Array.from({ length: 12 }, (_, i) => ({ a: 0, b: 1, y: i < 2 ? 1 : 0 })),
  ];
  const a = Float64Array.from(rows, (r) => r.a);
  const b = Float64Array.from(rows, (r) => r.b);
  const y = Uint8Array.from(rows, (r) => r.y);

  it("drops a variable whose coefficient is <= 0 and refits without it", () => {
    const fit = fitWithSignRule(["a", "b"], [a, b], y, all(rows.length));
    if (!fit.ok) throw new Error("singular");
    const full = fitLogistic([a, b], y, all(rows.length));
    if (!full.ok) throw new Error("singular");
    expect(fit.dropped).toEqual([{ name: "b", coefficient: full.coefficients[2] }]);
    const alone = fitLogistic([a], y, all(rows.length));
    if (!alone.ok) throw new Error("singular");
    expect(fit.coefficients).toEqual([{ name: "a", coefficient: alone.coefficients[1] }]);
    expect(fit.intercept).toBe(alone.coefficients[0]);
  });

  it("names the two variables carrying the same information", () => {
    const fit = fitWithSignRule(["a", "b", "a again"], [a, b, a.slice()], y, all(rows.length));
    expect(fit).toEqual({ ok: false, problem: "singular", variables: ["a", "a again"] });
  });
});
