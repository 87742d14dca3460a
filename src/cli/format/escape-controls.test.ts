import { escapeControls } from "./escape-controls";

describe("escapeControls", () => {
  it("writes terminal escapes as visible text, keeping newlines and tabs", () => {
    expect(escapeControls("a\u001b]0;pwned\u0007\u001b[2Jb\n\tc")).toBe(
      "a\\u001b]0;pwned\\u0007\\u001b[2Jb\n\tc"
    );
    expect(escapeControls("CR\rDEL\u007fCSI\u009bRLO\u202e")).toBe(
      "CR\\u000dDEL\\u007fCSI\\u009bRLO\\u202e"
    );
  });

  it("leaves ordinary text, Chinese included, as it is", () => {
    const text = "客户编号 C001: 甲公司 ¥1,234\n";
    expect(escapeControls(text)).toBe(text);
  });

  it("keeps JSON valid and equal in meaning", () => {
    const json = JSON.stringify({ name: "x\u009b\u007f\u202ey" });
    expect(JSON.parse(escapeControls(json))).toEqual({ name: "x\u009b\u007f\u202ey" });
  });
});
