import fc from "fast-check";
import { dayFromParts, isoFromDay } from "../day";
import type { FieldFormat, FieldType } from "../template/types";
import type { CellValue } from "./cell";
import { readCell } from "./read-cell";
import { readDate } from "./read-date";
import { readNumber } from "./read-number";
import { testField } from "./test-template";

// Text that looks like what people type into number, date and phone cells, so the generous paths run.
const typedText = fc
  .array(fc.constantFrom(..."0123456789０１２,.-+()%$¥￥元万年月日/ eE:TZ@abc是否√×".split("")), {
    maxLength: 16,
  })
  .map((chars) => chars.join(""));

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  typedText,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.record({ error: fc.constantFrom("#N/A", "#DIV/0!", "#VALUE!", "#REF!") })
);

const fields = (
  [
    ["string", "default"],
    ["string", "email"],
    ["string", "phone"],
    ["number", "default"],
    ["integer", "default"],
    ["boolean", "default"],
    ["date", "default"],
  ] as [FieldType, FieldFormat][]
).map(([type, format]) =>
  testField("f", type, {
    format,
    constraints: { enum: ["低", "高"] },
    enumSynonyms: { 低: ["low"] },
  })
);

describe("cell readers, on any input", () => {
  it("never throw, and give a value exactly when the status is ok or fixed", () => {
    fc.assert(
      fc.property(cellValue, fc.constantFrom(...fields), (raw, field) => {
        const read = readCell(raw, field);
        expect(read.raw).toBe(raw);
        expect(read.value !== null).toBe(read.status === "ok" || read.status === "fixed");
        expect(read.fix !== undefined).toBe(read.status === "fixed");
        expect(read.problem !== undefined).toBe(read.status === "invalid");
      }),
      { numRuns: 3000 }
    );
  });

  it("read back every number as String prints it, as ok", () => {
    const field = testField("n", "number");
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const read = readNumber(String(n), field);
        expect(read.status).toBe("ok");
        expect(read.value).toBe(n + 0);
      }),
      { numRuns: 2000 }
    );
  });

  it("read back every date as isoFromDay prints it, as ok", () => {
    const field = testField("d", "date");
    const first = dayFromParts(100, 1, 1) as number;
    const last = dayFromParts(9999, 12, 31) as number;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        expect(readDate(isoFromDay(day), field)).toEqual({
          raw: isoFromDay(day),
          status: "ok",
          value: day,
        });
      }),
      { numRuns: 2000 }
    );
  });
});
