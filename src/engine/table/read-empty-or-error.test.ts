import { readEmptyOrError } from "./read-empty-or-error";

describe("readEmptyOrError", () => {
  it("reads null, a missing cell and white space as empty", () => {
    expect(readEmptyOrError(null)).toEqual({ raw: null, status: "empty", value: null });
    expect(readEmptyOrError(undefined)).toEqual({ raw: null, status: "empty", value: null });
    expect(readEmptyOrError(" \u3000\t")).toEqual({
      raw: " \u3000\t",
      status: "empty",
      value: null,
    });
  });

  it("reads an Excel error as error, keeping it as raw", () => {
    expect(readEmptyOrError({ error: "#DIV/0!" })).toEqual({
      raw: { error: "#DIV/0!" },
      status: "error",
      value: null,
    });
  });

  it("leaves every other value to the reader", () => {
    expect(readEmptyOrError(0)).toBeNull();
    expect(readEmptyOrError(false)).toBeNull();
    expect(readEmptyOrError("x")).toBeNull();
    expect(readEmptyOrError(new Date(0))).toBeNull();
  });
});
