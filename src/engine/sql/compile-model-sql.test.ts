import { ScorecardError } from "../models/credit/scorecard-issue";
import { ENTERPRISE_TEMPLATE } from "../template/enterprise";
import { DEFAULT_SETTINGS, parseSettings, type Settings } from "../settings";
import { compileModelSql, outputColumns } from "./compile-model-sql";
import { NOT_IN_SQL } from "./not-in-sql";

function settingsWith(overrides: unknown): Settings {
  const parsed = parseSettings(overrides);
  if (parsed.settings === null) throw new Error(JSON.stringify(parsed.issues));
  return parsed.settings;
}

describe("compileModelSql", () => {
  const script = compileModelSql(DEFAULT_SETTINGS);

  it("lists every 'not in SQL' item at the top, before any SQL", () => {
    const top = script.slice(0, script.indexOf("WITH\n"));
    expect(top).toContain("Not in SQL");
    for (const item of NOT_IN_SQL) expect(top).toContain(item);
    expect(top.split("\n").every((line) => line === "" || line.startsWith("--"))).toBe(true);
  });

  it("names a domain.md section above every CTE", () => {
    const ctes = [...script.matchAll(/^(\w+) AS \(/gm)].map((m) => m.index!);
    expect(ctes.length).toBeGreaterThan(20);
    for (const at of ctes) {
      const comments = script.slice(0, at).split("\n").slice(-3, -1);
      expect(comments[0]).toMatch(/^-- domain\.md §\d/);
    }
  });

  it("gives no output column the name of a template field, which the source could hold", () => {
    const fields = new Set(ENTERPRISE_TEMPLATE.fields.map((f) => f.name));
    const clashes = outputColumns(3)
      .map(([name]) => name)
      .filter((name) => name !== "customer_id" && fields.has(name));
    expect(clashes).toEqual([]);
  });

  it("fences every CTE on PostgreSQL only, and orders ids by code point there", () => {
    const postgres = compileModelSql(DEFAULT_SETTINGS, { dialect: "postgres" });
    expect(postgres.match(/OFFSET 0/g)?.length).toBe(postgres.match(/^\w+ AS \(/gm)?.length);
    expect(postgres).toContain('customer_id COLLATE "C"');
    expect(script).not.toContain("OFFSET 0");
    expect(script).toContain("// (2)");
  });

  it("writes settings text only as quoted literals or within one comment line", () => {
    const label = "x'); DROP TABLE customers; --\nDELETE FROM customers";
    const scorecard = structuredClone(DEFAULT_SETTINGS.credit.scorecard5C);
    scorecard.dimensions[0].indicators[0].name = { "zh-CN": label, "en-US": label };
    const settings = settingsWith({
      tiers: { rfm: { otherSegment: label } },
      credit: { scorecard5C: scorecard },
    });
    const sql = compileModelSql(settings);
    expect(sql).toContain("ELSE 'x''); DROP TABLE customers; --\nDELETE FROM customers'");
    expect(sql).toContain("-- overdue_days: x'); DROP TABLE customers; -- DELETE FROM customers\n");
  });

  it("uses the as-of date given, else the date the script runs", () => {
    expect(script).toContain("CURRENT_DATE");
    expect(compileModelSql(DEFAULT_SETTINGS, { asOf: 20758 })).toContain("DATE '2026-11-01'");
  });

  it("reads an absent column as NULL and says so", () => {
    const sql = compileModelSql(DEFAULT_SETTINGS, { columns: ["customer_id", "sales_amount"] });
    expect(sql).toContain('CAST(NULL AS DOUBLE PRECISION) AS "gross_profit"');
    expect(sql).toMatch(/Absent from the source, read as NULL: orders, /);
  });

  it("refuses a scorecard the engine refuses", () => {
    // parseSettings refuses an empty 5P scorecard now; the compiler must refuse it on its own too.
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      credit: {
        ...DEFAULT_SETTINGS.credit,
        method: "5P",
        preset5P: { ...DEFAULT_SETTINGS.credit.preset5P, dimensions: [] },
      },
    };
    expect(() => compileModelSql(settings)).toThrow(ScorecardError);
  });

  it("refuses the credit methods it does not compile rather than compiling 5C in their place", () => {
    for (const method of ["fuzzy", "statistical"] as const) {
      const settings: Settings = {
        ...DEFAULT_SETTINGS,
        credit: { ...DEFAULT_SETTINGS.credit, method },
      };
      expect(() => compileModelSql(settings)).toThrow(/is not compiled to SQL/);
    }
  });

  it("refuses churn alerts by P(alive) rather than compiling the gap rule in their place", () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      tiers: {
        ...DEFAULT_SETTINGS.tiers,
        churnAlert: { ...DEFAULT_SETTINGS.tiers.churnAlert, rule: "p-alive" },
      },
    };
    expect(() => compileModelSql(settings)).toThrow(/not compiled to SQL/);
  });
});
