import type { Customer } from "../customer";
import { altmanZ } from "./altman";
import { DEFAULT_CREDIT_SETTINGS } from "./credit-settings";
import { blankCustomer } from "./test-customers";

const firm = (patch: Partial<Customer> = {}): Customer => ({
  ...blankCustomer("c1"),
  total_assets: 1000,
  total_liabilities: 600,
  current_assets: 500,
  current_liabilities: 300,
  retained_earnings: 150,
  ebit: 80,
  ...patch,
});

describe("altmanZ", () => {
  const settings = DEFAULT_CREDIT_SETTINGS.altman;

  it("computes a worked example", () => {
    // X1 = (500 - 300) / 1000 = 0.2     -> 6.56 x 0.2   = 1.312
    // X2 = 150 / 1000 = 0.15            -> 3.26 x 0.15  = 0.489
    // X3 = 80 / 1000 = 0.08             -> 6.72 x 0.08  = 0.5376
    // X4 = (1000 - 600) / 600 = 2/3     -> 1.05 x 2/3   = 0.7
    // Z'' = 1.312 + 0.489 + 0.5376 + 0.7 = 3.0386 > 2.6: safe
    const result = altmanZ(firm(), settings);
    expect(result).not.toBeNull();
    expect(result?.x1).toBeCloseTo(0.2, 12);
    expect(result?.x4).toBeCloseTo(2 / 3, 12);
    expect(result?.z).toBeCloseTo(3.0386, 10);
    expect(result?.zone).toBe("safe");
  });

  it("finds distress in a loss-making, over-indebted firm", () => {
    // X1 = -0.1 -> -0.656; X2 = -0.2 -> -0.652; X3 = -0.05 -> -0.336; X4 = (1000 - 900) / 900 -> 0.11667
    // Z'' = -1.52733...
    const result = altmanZ(
      firm({ total_liabilities: 900, current_assets: 200, retained_earnings: -200, ebit: -50 }),
      settings
    );
    expect(result?.z).toBeCloseTo(-0.656 - 0.652 - 0.336 + 1.05 / 9, 10);
    expect(result?.zone).toBe("distress");
  });

  it("gives none when an input is missing", () => {
    for (const field of [
      "total_assets",
      "total_liabilities",
      "current_assets",
      "current_liabilities",
      "retained_earnings",
      "ebit",
    ] as const) {
      expect(altmanZ(firm({ [field]: null }), settings)).toBeNull();
    }
  });

  it("gives none for zero total assets or zero total liabilities", () => {
    expect(altmanZ(firm({ total_assets: 0 }), settings)).toBeNull();
    expect(altmanZ(firm({ total_liabilities: 0 }), settings)).toBeNull();
  });

  it("uses the coefficients from the settings", () => {
    const doubled = { ...settings, coefficients: { x1: 13.12, x2: 6.52, x3: 13.44, x4: 2.1 } };
    expect(altmanZ(firm(), doubled)?.z).toBeCloseTo(6.0772, 10);
  });
});
