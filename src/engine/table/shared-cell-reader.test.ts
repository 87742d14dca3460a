import { readCell } from "./read-cell";
import { SharedCellReader } from "./shared-cell-reader";
import { testField } from "./test-template";

describe("SharedCellReader", () => {
  it("reads as readCell does, one object for each repeated text", () => {
    const field = testField("region", "string");
    const reader = new SharedCellReader(field);
    const texts = ["华东", "华南", " 华东", "", "华东", "华南"];
    const cells = texts.map((t) => reader.read(t));
    expect(cells).toEqual(texts.map((t) => readCell(t, field)));
    expect(cells[4]).toBe(cells[0]);
    expect(cells[5]).toBe(cells[1]);
    expect(cells[2]).not.toBe(cells[0]);
  });

  it("reads numbers, errors and missing cells without sharing them", () => {
    const field = testField("orders", "integer");
    const reader = new SharedCellReader(field);
    expect(reader.read(3)).toEqual(readCell(3, field));
    expect(reader.read({ error: "#N/A" })).toEqual(readCell({ error: "#N/A" }, field));
    expect(reader.read(undefined)).toEqual(readCell(undefined, field));
  });

  it("stops sharing in a column that rarely repeats itself", () => {
    const field = testField("customer_id", "string");
    const reader = new SharedCellReader(field);
    expect(reader.isSharing).toBe(true);
    for (let i = 0; i < 5000; i++) reader.read(`C${i}`);
    expect(reader.isSharing).toBe(false);
    const again = reader.read("C1");
    expect(again).toEqual(readCell("C1", field));
    expect(reader.read("C1")).not.toBe(again);
  });
});
