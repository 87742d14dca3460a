import { dayFromIso } from "../../day";
import { isCdnowText, parseCdnowPurchases } from "./parse-cdnow-purchases";

const TEXT = [
  " customer_id  date number_of_cds  dollar_value",
  " 00001 19970101  1   11.77",
  " 00002 19970112  1   12.00",
  " 00002 19970112  5   77.00",
  "",
  " 00001 19970230  1   5.00",
  " 00003 19970302  2",
  " 00003 19970302  2  ten",
  " 00001 19970401  2   20.5",
].join("\r\n");

describe("parseCdnowPurchases", () => {
  it("reads id (leading zeros kept), date and amount of each line", () => {
    const r = parseCdnowPurchases(TEXT);
    expect(r.ids).toEqual(["00001", "00002"]);
    expect(Array.from(r.purchases.customer)).toEqual([0, 1, 1, 0]);
    expect(Array.from(r.purchases.day)).toEqual(
      ["1997-01-01", "1997-01-12", "1997-01-12", "1997-04-01"].map((d) => dayFromIso(d)!)
    );
    expect(Array.from(r.purchases.amount!)).toEqual([11.77, 12, 77, 20.5]);
    expect(r.purchases.customers).toBe(2);
  });

  it("names the lines it leaves out: a non-date, a short line, an amount that is no number", () => {
    expect(parseCdnowPurchases(TEXT).problems).toEqual([
      { row: 6, column: "B", field: "date", value: "19970230", code: "not-a-date" },
      { row: 7, column: "A", field: "customer_id", value: "00003", code: "wrong-column-count" },
      { row: 8, column: "D", field: "dollar_value", value: "ten", code: "not-a-number" },
    ]);
  });

  it("reads the format without its header line", () => {
    expect(parseCdnowPurchases(" 7 19980101 1 3.5\n").ids).toEqual(["7"]);
  });
});

describe("isCdnowText", () => {
  it("knows the format by its header or by its first line", () => {
    expect(isCdnowText(TEXT)).toBe(true);
    expect(isCdnowText(" 00001 19970101  1   11.77\n")).toBe(true);
    expect(isCdnowText("customer_id,date,amount\n1,2024-01-01,5\n")).toBe(false);
    expect(isCdnowText("ID,frequency,recency,T\n1,2,30.43,38.86\n")).toBe(false);
  });
});
