import { altmanZone } from "./altman-zone";
import { DEFAULT_CREDIT_SETTINGS } from "./credit-settings";

describe("altmanZone", () => {
  const limits = DEFAULT_CREDIT_SETTINGS.altman;

  it("puts both limits in the grey zone", () => {
    expect(altmanZone(1.1, limits)).toBe("grey");
    expect(altmanZone(2.6, limits)).toBe("grey");
    expect(altmanZone(1.85, limits)).toBe("grey");
  });

  it("is safe only above 2.6 and distress only below 1.1", () => {
    expect(altmanZone(2.6000001, limits)).toBe("safe");
    expect(altmanZone(1.0999999, limits)).toBe("distress");
    expect(altmanZone(-3, limits)).toBe("distress");
  });
});
