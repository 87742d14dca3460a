import * as fs from "fs";
import * as path from "path";
import { readTable } from "../../engine/table/read-table";
import { recordsOf } from "../../engine/table/records.test-helper";
import { customerTemplate } from "../../engine/table/test-template";
import { validateTable } from "../../engine/validate/validate";
import { FileReadError } from "./file-error";
import { readCsv } from "./read-csv";

const utf8 = (s: string) => new TextEncoder().encode(s);
const CDNOW = path.resolve(__dirname, "../../../../shared/data/CDNOW_master.txt");

describe("readCsv", () => {
  it("reads a UTF-8 file with BOM as one ragged sheet named after the file", () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...utf8("客户编号,客户名称\r\nC001,上海华信\r\nC002\r\n"),
    ]);
    expect(readCsv(bytes, "dir/客户档案.csv")).toEqual({
      sheets: [
        {
          name: "客户档案",
          rows: [["客户编号", "客户名称"], ["C001", "上海华信"], ["C002"]],
          ragged: true,
        },
      ],
      source: "dir/客户档案.csv",
    });
  });

  it("reads GB18030 bytes", () => {
    // 客户,a \n 1,2 with 客户 = BF CD BB A7 in GB18030.
    const bytes = new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7, 0x2c, 0x61, 0x0a, 0x31, 0x2c, 0x32]);
    expect(readCsv(bytes, "g.csv").sheets[0].rows).toEqual([
      ["客户", "a"],
      ["1", "2"],
    ]);
  });

  it("reads UTF-16LE with tabs (Excel's 'Unicode text')", () => {
    const text = "客户编号\t销售额\r\nC001\t1,200\r\n";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(readCsv(bytes, "u.txt").sheets[0].rows).toEqual([
      ["客户编号", "销售额"],
      ["C001", "1,200"],
    ]);
  });

  it("reads semicolons with quoted fields", () => {
    expect(readCsv(utf8('id;note\n1;"a;b"\n'), "s.csv").sheets[0].rows).toEqual([
      ["id", "note"],
      ["1", "a;b"],
    ]);
  });

  it("refuses a zero-byte file", () => {
    expect(() => readCsv(new Uint8Array(), "e.csv")).toThrow(FileReadError);
    expect(() => readCsv(new Uint8Array(), "e.csv")).toThrow(/empty/);
  });

  it("refuses binary content", () => {
    expect(() => readCsv(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2]), "z.csv")).toThrow(
      /binary/
    );
    expect(() => readCsv(Uint8Array.from([0x61, 0, 0x62, 0]), "n.csv")).toThrow(/binary/);
  });

  it("reads a 50 MB file", () => {
    const line = 'C000001,上海华信精密机械有限公司,"a, b",12345.67,2024-03-05\n';
    const count = Math.ceil((50 * 1_048_576) / utf8(line).length);
    const bytes = utf8(line.repeat(count));
    const rows = readCsv(bytes, "big.csv").sheets[0].rows;
    expect(rows).toHaveLength(count);
    expect(rows[count - 1]).toEqual([
      "C000001",
      "上海华信精密机械有限公司",
      "a, b",
      "12345.67",
      "2024-03-05",
    ]);
  });

  const cdnowPresent = fs.existsSync(CDNOW);
  if (!cdnowPresent && process.env.REQUIRE_REFERENCE_DATA !== "1") {
    it.skip("reads the CDNOW file (skipped: ../shared/data/CDNOW_master.txt is absent)", () =>
      undefined);
  } else {
    it("reads the white-space separated CDNOW file without empty first cells", () => {
      const bytes = new Uint8Array(fs.readFileSync(CDNOW));
      const rows = readCsv(bytes, "CDNOW_master.txt").sheets[0].rows;
      expect(rows[0]).toEqual(["customer_id", "date", "number_of_cds", "dollar_value"]);
      expect(rows[1]).toEqual(["00001", "19970101", "1", "11.77"]);
      expect(rows[2]).toEqual(["00002", "19970112", "1", "12.00"]);
      expect(rows).toHaveLength(69_660);
      expect(rows.every((row) => row.length === 4)).toBe(true);
    });
  }
});

describe("readCsv's sheet read straight into columns", () => {
  const lines = [
    "客户名单 2024,,",
    "",
    "客户编号,客户名称,联系电话,电子邮箱,成立日期,注册资本(万元),员工人数,营业收入,上年营业收入,行业风险,是否VIP,备注",
    'C001,"上海, 华信",021-1234,a@b.cn,2024-03-05,1.2万,12,"¥1,234",１２３,low,是,x',
    "C002,  北京  ,,bad-mail,2024年3月5日,-5.5,3.5,1e3,+7.,高,FALSE",
    " , ,\t",
    "客户编号,客户名称,联系电话,电子邮箱,成立日期",
    'C003,"多行\n名称 ""引号""",13800138000,,2023-02-29,abc,0,(1,234),12%,中,1,,extra,',
    "C001,上海华信",
    "",
    "C002,  北京  ,,bad-mail,2024年3月5日,-5.5,3.5,1e3,+7.,高,FALSE",
    "C004,＃,,,20240305,000012,-0,.5,1234567890123456,,",
    ",,",
    "",
  ];
  const template = customerTemplate();

  it.each([
    ["\n", lines.join("\n")],
    ["\r\n", lines.join("\r\n")],
  ])("gives the table its rows would give, findings and all (line breaks %j)", (_, text) => {
    const sheet = readCsv(utf8(text), "c.csv").sheets[0];
    expect(sheet.source).toBeDefined();
    const fromSource = readTable(sheet, template);
    const fromRows = readTable({ name: sheet.name, rows: sheet.rows, ragged: true }, template);
    expect(recordsOf(fromSource)).toEqual(recordsOf(fromRows));
    const { raw: rawS, ...restS } = fromSource;
    const { raw: rawR, ...restR } = fromRows;
    expect(restS).toEqual(restR);
    expect(Array.from(rawS)).toEqual(Array.from(rawR));
    const context = { asOf: 19_800, staleDays: 365 };
    const report = validateTable(fromSource, template, context);
    expect(report).toEqual(validateTable(fromRows, template, context));
    // The sheet above is meant to raise each of these: the comparison covers them all.
    const codes = new Set<string>(report.findings.map((f) => f.code));
    const expected = ["format-fix", "type-error", "duplicate-row", "blank-row", "repeated-header"];
    expected.push("extra-cell", "missing-cell");
    expect(expected.filter((code) => !codes.has(code))).toEqual([]);
  });
});
