import * as normalize from "../../table/normalize-label";
import { ENTERPRISE_TEMPLATE } from "../../template/enterprise";
import { buildTable, context, places } from "../test-table";
import { duplicateLabel } from "./duplicate-label";
import { extraLabel } from "./extra-label";

const T = ENTERPRISE_TEMPLATE;

describe("label checks on a very wide header (Excel's 16,384 columns)", () => {
  afterEach(() => jest.restoreAllMocks());

  it("normalise each label a bounded number of times, not once per pair of columns", () => {
    const header = ["客户编号", "客户名称", "累计销售额"].concat(
      Array.from({ length: 2000 }, (_, i) => `备注${i}`),
      ["备注 7"]
    );
    const table = buildTable({ template: T, header, rows: [] });
    const spy = jest.spyOn(normalize, "normalizeLabel");
    const duplicates = duplicateLabel(table, T, context());
    const extras = extraLabel(table, T, context());
    expect(places(duplicates)).toEqual([[1, columnOf(header.length), null, "duplicate-label"]]);
    expect(duplicates[0].params).toEqual({ label: "备注 7", firstColumn: columnOf(3 + 8) });
    expect(extras).toHaveLength(2000);
    // Pairwise comparison made about 2,000 x 2,000 calls; an index per table makes a few per column.
    expect(spy.mock.calls.length).toBeLessThan(10 * header.length);
  });
});

function columnOf(n: number): string {
  let letters = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    letters = String.fromCharCode(65 + ((k - 1) % 26)) + letters;
  return letters;
}
