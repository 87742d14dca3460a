import type { AltmanResult } from "../models/credit/altman";
import type { CreditResult } from "../models/credit/credit-result";
import { creditCheck } from "./credit-check";

const altman = (z: number, zone: AltmanResult["zone"]): AltmanResult => ({
  z,
  x1: 0,
  x2: 0,
  x3: 0,
  x4: 0,
  zone,
});
const credit = (grade: CreditResult["grade"]) => ({ grade }) as CreditResult;

describe("creditCheck", () => {
  it("flags a grade of A or better in the Altman distress zone", () => {
    expect(creditCheck(credit("AAA"), altman(0.4, "distress"))).toEqual({ grade: "AAA", z: 0.4 });
    expect(creditCheck(credit("A"), altman(-1, "distress"))).toEqual({ grade: "A", z: -1 });
  });

  it("leaves agreeing, lower or missing results alone", () => {
    expect(creditCheck(credit("AA"), altman(1.5, "grey"))).toBeNull();
    expect(creditCheck(credit("BBB"), altman(0.4, "distress"))).toBeNull();
    expect(creditCheck(credit("insufficient"), altman(0.4, "distress"))).toBeNull();
    expect(creditCheck(credit("AA"), null)).toBeNull();
  });
});
