import { readBoolean } from "./read-boolean";
import { testField } from "./test-template";

const field = testField("vip", "boolean");

describe("readBoolean", () => {
  it("reads boolean cells and true/false text in any case as ok", () => {
    expect(readBoolean(true, field)).toEqual({ raw: true, status: "ok", value: true });
    expect(readBoolean(false, field)).toEqual({ raw: false, status: "ok", value: false });
    expect(readBoolean("TRUE", field)).toEqual({ raw: "TRUE", status: "ok", value: true });
    expect(readBoolean("False", field)).toEqual({ raw: "False", status: "ok", value: false });
  });

  it("reads stray spaces around true/false as a spaces fix", () => {
    expect(readBoolean(" true ", field)).toEqual({
      raw: " true ",
      status: "fixed",
      value: true,
      fix: { value: true, reading: "spaces" },
    });
  });

  it("reads full-width TRUE as a full-width fix", () => {
    expect(readBoolean("ＴＲＵＥ", field)).toMatchObject({
      status: "fixed",
      value: true,
      fix: { reading: "full-width" },
    });
  });

  it("reads the usual yes/no spellings as boolean-text fixes", () => {
    for (const yes of ["是", "对", "Y", "y", "Yes", "YES", "1", "√", " 是 ", "１"]) {
      expect(readBoolean(yes, field)).toEqual({
        raw: yes,
        status: "fixed",
        value: true,
        fix: { value: true, reading: "boolean-text" },
      });
    }
    for (const no of ["否", "错", "N", "no", "0", "×"]) {
      expect(readBoolean(no, field)).toEqual({
        raw: no,
        status: "fixed",
        value: false,
        fix: { value: false, reading: "boolean-text" },
      });
    }
  });

  it("reads number cells 1 and 0 as boolean-text fixes", () => {
    expect(readBoolean(1, field)).toMatchObject({ status: "fixed", value: true });
    expect(readBoolean(0, field)).toMatchObject({ status: "fixed", value: false });
  });

  it("rejects everything else", () => {
    for (const raw of ["maybe", "是的", 2, 0.5, new Date(0), "t"]) {
      expect(readBoolean(raw, field)).toMatchObject({
        status: "invalid",
        value: null,
        problem: "not-a-boolean",
      });
    }
  });

  it("reads empty cells and Excel errors", () => {
    expect(readBoolean(null, field).status).toBe("empty");
    expect(readBoolean({ error: "#N/A" }, field).status).toBe("error");
  });
});
