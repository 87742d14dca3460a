import { SqlCompileError } from "./sql-compile-error";
import {
  sqlCommentText,
  sqlIdentifier,
  sqlInteger,
  sqlNumber,
  sqlString,
  sqlTableName,
} from "./sql-literal";

describe("sqlString", () => {
  it("doubles single quotes, so a label cannot end the literal", () => {
    expect(sqlString("Can't Lose Them")).toBe("'Can''t Lose Them'");
    expect(sqlString("x'); DROP TABLE customers; --")).toBe("'x''); DROP TABLE customers; --'");
  });

  it("keeps backslashes and non-ASCII text as they are", () => {
    expect(sqlString("低\\n")).toBe("'低\\n'");
  });

  it("refuses a NUL character, which PostgreSQL text cannot hold", () => {
    expect(() => sqlString("a\u0000b")).toThrow(SqlCompileError);
  });
});

describe("sqlNumber", () => {
  it("gives a DOUBLE PRECISION literal in JavaScript's round-trip form", () => {
    expect(sqlNumber(0.05)).toBe("float8 '0.05'");
    expect(sqlNumber(-1e-9)).toBe("float8 '-1e-9'");
    expect(sqlNumber(30)).toBe("float8 '30'");
  });

  it("refuses what is not finite", () => {
    expect(() => sqlNumber(Infinity)).toThrow(SqlCompileError);
    expect(() => sqlNumber(NaN)).toThrow(SqlCompileError);
  });
});

describe("sqlInteger", () => {
  it("writes whole numbers and refuses others", () => {
    expect(sqlInteger(800000)).toBe("800000");
    expect(() => sqlInteger(0.5)).toThrow(SqlCompileError);
  });
});

describe("sqlIdentifier and sqlTableName", () => {
  it("quote every part, doubling double quotes", () => {
    expect(sqlIdentifier('a"b')).toBe('"a""b"');
    expect(sqlTableName("customers")).toBe('"customers"');
    expect(sqlTableName("sales.customers")).toBe('"sales"."customers"');
    expect(sqlTableName('"my.schema"."客户 档案"')).toBe('"my.schema"."客户 档案"');
    expect(sqlTableName('"a""b"')).toBe('"a""b"');
  });

  it("refuse what is not a table name", () => {
    for (const bad of ["", "a.", ".a", 'a"; drop', "a..b"])
      expect(() => sqlTableName(bad)).toThrow(SqlCompileError);
  });
});

describe("sqlCommentText", () => {
  it("turns line breaks into spaces, so settings text cannot end a -- comment", () => {
    expect(sqlCommentText("a\nDROP TABLE x;\r\u2028b")).toBe("a DROP TABLE x;  b");
  });
});
