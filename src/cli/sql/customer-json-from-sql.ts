import type { Settings } from "../../engine/settings";
import { reasonColumnCount } from "../../engine/sql/reason-codes-sql";
import { roundForJson } from "../format/score-json";
import type { SqlRow } from "./run-duckdb";

const num = (value: unknown): number | null => (typeof value === "number" ? value : null);

/**
 * One customer of the compiled script's output in `score --json`'s shape (cli/format/score-json.ts),
 * for the fields the script computes, rounded the same way. Reasons are indicator ids: the
 * sentences are not in SQL.
 */
export function customerJsonFromSql(row: SqlRow, settings: Settings) {
  const reasons: string[] = [];
  for (let i = 1; i <= reasonColumnCount(settings.credit.reasonCount); i++) {
    const id = row[`reason_${i}`];
    if (typeof id === "string") reasons.push(id);
  }
  return {
    customer_id: row.customer_id,
    value: roundForJson(num(row.value), 2),
    abc: row.abc,
    pyramid: row.pyramid,
    rfm:
      row.rfm_r === null
        ? null
        : { r: row.rfm_r, f: row.rfm_f, m: row.rfm_m, segment: row.rfm_segment },
    lifecycle: row.lifecycle,
    churnAlert: row.churn_alert === true,
    clv: roundForJson(num(row.clv), 2),
    credit: {
      score: roundForJson(num(row.credit_score), 2),
      grade: row.credit_grade,
      confidence: roundForJson(num(row.credit_confidence), 4),
      limit: roundForJson(num(row.recommended_limit), 2),
      terms: row.credit_terms,
      reasons,
    },
    altmanZ: roundForJson(num(row.altman_z), 4),
  };
}
