import { shiftFormula } from "./shift-formula";

describe("shiftFormula", () => {
  it("moves relative references and keeps absolute parts", () => {
    expect(shiftFormula("A1*2+$B$1+C$1+$D1", 2, 1)).toBe("B3*2+$B$1+D$1+$D3");
    expect(shiftFormula("SUM(A1:B2)", 1, 0)).toBe("SUM(A2:B3)");
  });

  it("leaves text, quoted sheet names, functions, names and brackets alone, but moves their references", () => {
    expect(shiftFormula(`IF(A1="A1","x""A1",LOG10(A1))`, 1, 0)).toBe(
      `IF(A2="A1","x""A1",LOG10(A2))`
    );
    expect(shiftFormula("'My A1'!A1+Sheet2!B1+税率*100", 1, 0)).toBe(
      "'My A1'!A2+Sheet2!B2+税率*100"
    );
    expect(shiftFormula("SUM(Table1[Sales])+A1", 1, 0)).toBe("SUM(Table1[Sales])+A2");
    expect(shiftFormula("TRUE+1.5E+3+A1", 1, 0)).toBe("TRUE+1.5E+3+A2");
  });

  it("moves whole-column and whole-row ranges, and gives #REF! off the sheet", () => {
    expect(shiftFormula("SUM(A:A)+SUM($2:3)", 1, 1)).toBe("SUM(B:B)+SUM($2:4)");
    expect(shiftFormula("A1048576+1", 1, 0)).toBe("#REF!+1");
  });
});
