import { dayFromIso } from "../day";
import type { CellValue } from "./cell";
import { readTable } from "./read-table";
import { recordsOf } from "./records.test-helper";
import type { RowCursor, RowSource } from "./row-source";
import type { SheetData } from "./sheet";
import { customerTemplate } from "./test-template";

/** A RowSource over rows of strings, counting what is asked of it. */
function memorySource(rows: string[][]): RowSource & { texts: number; built: number } {
  const source = {
    texts: 0,
    built: 0,
    head: (count: number) => rows.slice(0, count),
    maxRows: () => rows.length,
    rows: () => {
      source.built++;
      return rows;
    },
    cursor(offset = 0): RowCursor {
      let at = offset - 1;
      const cell = (j: number) => rows[at][j];
      return {
        next: () => ++at < rows.length,
        moveTo: (o) => {
          at = o - 1;
        },
        get offset() {
          return at;
        },
        get width() {
          return rows[at].length;
        },
        isBlank: () => rows[at].every((c) => c.trim() === ""),
        text: (j) => {
          source.texts++;
          return cell(j);
        },
        plainNumber: (j) => (/^-?\d+(\.\d+)?$/.test(cell(j)) ? Number(cell(j)) : NaN),
        isoDay: (j) => dayFromIso(cell(j)) ?? NaN,
        rowHash: () => JSON.stringify(rows[at].map((c) => c.trim())).length,
      };
    },
  };
  return source;
}

const template = customerTemplate();
const ROWS = [
  ["客户名单"],
  [],
  ["客户编号", "客户名称", "成立日期", "员工人数", "营业收入", "是否VIP"],
  ["C1", "甲", "2024-03-05", "12", "1.2万", "是"],
  ["C2", " 乙 ", "2024年3月5日", "3.5", "-7.25"],
  [" ", ""],
  ["客户编号", "客户名称", "成立日期"],
  ["C3", "丙", "x", "7", "100", "否", "extra"],
  [],
  ["", "  "],
];

function sheets(rows: string[][]): {
  source: SheetData;
  arrays: SheetData;
  memory: ReturnType<typeof memorySource>;
} {
  const memory = memorySource(rows);
  return {
    source: { name: "s", rows: [], ragged: true, source: memory },
    arrays: { name: "s", rows, ragged: true },
    memory,
  };
}

describe("readSourceRecords (readTable of a sheet with a source)", () => {
  it("reads the table its rows would give, without asking for the rows", () => {
    const { source, arrays, memory } = sheets(ROWS);
    const fromSource = readTable(source, template);
    const fromRows = readTable(arrays, template);
    expect(recordsOf(fromSource)).toEqual(recordsOf(fromRows));
    const withoutRaw = (t: typeof fromRows) => ({ ...t, raw: null });
    expect(withoutRaw(fromSource)).toEqual(withoutRaw(fromRows));
    expect(fromSource.blankRows).toEqual([6]);
    expect(fromSource.repeatedHeaderRows).toEqual([7]);
    expect(memory.built).toBe(0);
  });

  it("reads plain numbers and ISO dates without their text", () => {
    const { source, memory } = sheets([
      ["客户编号", "成立日期", "营业收入"],
      ["C1", "2024-03-05", "12.5"],
    ]);
    const table = readTable(source, template);
    expect(table.fields.revenue.numbers![0]).toBe(12.5);
    // The key cell (for the repeated-header test and its own field), nothing else.
    expect(memory.texts).toBe(2);
  });

  it("has no records without a header, and none from blank rows at the end", () => {
    expect(
      readTable(
        sheets([
          ["a", "b"],
          ["1", "2"],
        ]).source,
        template
      ).size
    ).toBe(0);
    const table = readTable(sheets(ROWS.slice(0, 5).concat([[], [" "]])).source, template);
    expect([table.size, table.blankRows]).toEqual([2, []]);
  });

  it("reads a record's raw row again when asked", () => {
    const table = readTable(sheets(ROWS).source, template);
    const raw: CellValue[] = table.raw[2];
    expect(raw).toEqual(ROWS[7]);
  });
});

describe("readSourceRecords on long runs of blank rows", () => {
  it("reports 200,000 blank rows between two records", () => {
    const rows = [
      ["客户编号", "客户名称", "营业收入"],
      ["C1", "甲", "1"],
    ];
    for (let i = 0; i < 200_000; i++) rows.push([]);
    rows.push(["C2", "乙", "2"]);
    const table = readTable(sheets(rows).source, template);
    expect([table.size, table.blankRows.length, table.rows[1]]).toEqual([2, 200_000, 200_003]);
  });
});
