import { readEmail } from "./read-email";
import { testField } from "./test-template";

const field = testField("email", "string", { format: "email" });

describe("readEmail", () => {
  it("reads local@domain.tld as ok, as typed", () => {
    expect(readEmail("Zhang.San@Example.com.cn", field)).toEqual({
      raw: "Zhang.San@Example.com.cn",
      status: "ok",
      value: "Zhang.San@Example.com.cn",
    });
  });

  it("fixes surrounding spaces and full-width forms", () => {
    expect(readEmail(" a@b.cn ", field)).toEqual({
      raw: " a@b.cn ",
      status: "fixed",
      value: "a@b.cn",
      fix: { value: "a@b.cn", reading: "spaces" },
    });
    expect(readEmail("a＠b.cn", field)).toMatchObject({
      status: "fixed",
      value: "a@b.cn",
      fix: { reading: "full-width" },
    });
  });

  it("rejects what is not local@domain.tld", () => {
    for (const raw of [
      "a@b",
      "a@b.c",
      "ab.cn",
      "a@@b.cn",
      "a b@c.cn",
      "@b.cn",
      "a@.cn",
      "a@b..cn",
      12,
      true,
    ]) {
      expect(readEmail(raw, field)).toMatchObject({
        status: "invalid",
        value: null,
        problem: "bad-email",
      });
    }
  });

  it("reads empty cells and Excel errors", () => {
    expect(readEmail(null, field).status).toBe("empty");
    expect(readEmail({ error: "#NAME?" }, field).status).toBe("error");
  });
});
