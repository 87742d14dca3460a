import type { ChartSpec } from "./chart-spec";

/** A small chart spec with a Chinese sheet name, a quote in it and a gap in the values. */
export function sampleSpec(overrides: Partial<ChartSpec> = {}): ChartSpec {
  return {
    title: "Tier <share> & count",
    categories: { sheet: "客户's 分级", range: "A2:A4" },
    categoryCache: ["VIP", "Major", "Ordinary"],
    series: [
      {
        name: "Customers",
        values: { sheet: "客户's 分级", range: "B2:B4" },
        cache: [3, null, 12.5],
        formatCode: "#,##0",
      },
    ],
    ...overrides,
  };
}
