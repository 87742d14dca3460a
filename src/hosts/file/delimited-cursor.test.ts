import { isBlankRow } from "../../engine/table/is-blank-row";
import { DelimitedCursor } from "./delimited-cursor";
import { parseDelimited } from "./parse-delimited";

const ALPHABET = [
  "a",
  "1",
  ".",
  "-",
  "é",
  "客",
  "😀",
  ",",
  ";",
  '"',
  '"',
  "\n",
  "\r",
  " ",
  "\t",
  "\u3000",
  "\u00a0",
  "\ufeff",
];

function randomTexts(count: number): string[] {
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () =>
    Array.from(
      { length: Math.floor(random() * 24) },
      () => ALPHABET[Math.floor(random() * ALPHABET.length)]
    ).join("")
  );
}

interface Row {
  offset: number;
  cells: string[];
  blank: boolean;
}

function cursorRows(text: string, delimiter: "," | ";"): Row[] {
  const cursor = new DelimitedCursor(new TextEncoder().encode(text), delimiter.charCodeAt(0));
  const rows: Row[] = [];
  while (cursor.next()) {
    const cells = Array.from({ length: cursor.width }, (_, j) => cursor.text(j));
    rows.push({ offset: cursor.offset, cells, blank: cursor.isBlank() });
  }
  return rows;
}

describe("DelimitedCursor", () => {
  it("splits rows and cells as parseDelimited does, quotes and line breaks included", () => {
    const wrong: string[] = [];
    for (const text of randomTexts(5000)) {
      for (const delimiter of [",", ";"] as const) {
        const expected = parseDelimited(text, delimiter);
        const rows = cursorRows(text, delimiter).map((r) => r.cells);
        // parseDelimited drops the empty rows at the end; the cursor gives them (no record is made of them).
        while (rows.length > expected.length && rows[rows.length - 1].length === 0) rows.pop();
        if (JSON.stringify(rows) !== JSON.stringify(expected)) wrong.push(JSON.stringify(text));
      }
    }
    expect(wrong).toEqual([]);
  });

  it("calls a row blank exactly when isBlankRow would", () => {
    const wrong: string[] = [];
    for (const text of randomTexts(3000)) {
      for (const row of cursorRows(text, ",")) {
        if (row.blank !== isBlankRow(row.cells)) wrong.push(JSON.stringify(row.cells));
      }
    }
    expect(wrong).toEqual([]);
  });

  it("reads a row again from its offset", () => {
    const text = 'id,name\r\nC1,"a,\n""b"""\n\nC2,客户\n';
    const bytes = new TextEncoder().encode(text);
    const rows = cursorRows(text, ",");
    for (const row of rows) {
      const again = new DelimitedCursor(bytes, 0x2c, row.offset);
      expect(again.next()).toBe(true);
      expect(Array.from({ length: again.width }, (_, j) => again.text(j))).toEqual(row.cells);
    }
    expect(rows.map((r) => r.cells)).toEqual([
      ["id", "name"],
      ["C1", 'a,\n"b"'],
      [],
      ["C2", "客户"],
    ]);
  });

  it("reads plain numbers and ISO dates from the bytes, and leaves quoted cells to their text", () => {
    const cursor = new DelimitedCursor(
      new TextEncoder().encode('12.5,2024-03-05,"7",x,1.2万\n'),
      0x2c
    );
    cursor.next();
    expect([
      cursor.plainNumber(0),
      cursor.isoDay(1),
      cursor.plainNumber(2),
      cursor.plainNumber(3),
    ]).toEqual([12.5, 19787, NaN, NaN]);
    expect([cursor.plainNumber(4), cursor.text(4)]).toEqual([NaN, "1.2万"]);
  });
});

describe("DelimitedCursor.rowHash", () => {
  const hashes = (text: string) => {
    const cursor = new DelimitedCursor(new TextEncoder().encode(text), 0x2c);
    const out: number[] = [];
    while (cursor.next()) out.push(cursor.rowHash());
    return out;
  };

  it("hashes rows holding the same texts alike: quoted or not, blank cells alike, blank ends dropped", () => {
    const [a, b, c, d, e] = hashes(
      'C1,客户,12\n"C1","客户",12, \nC1,客户,12,,\t\nC1,客户,12,"",x\nC1,客户, ,12\n'
    );
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(d).not.toBe(a);
    expect(e).not.toBe(a);
    const [blank, blanker, empty] = hashes(" , \n\n,,\n");
    expect([blanker, empty]).toEqual([blank, blank]);
  });

  it("tells rows apart by where their cells break", () => {
    const [ab, a_b] = hashes("ab,c\na,bc\n");
    expect(ab).not.toBe(a_b);
  });
});
