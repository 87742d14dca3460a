import type { SqlCte } from "./sql-cte";

/**
 * Relationship stage for teaching (domain.md §4, §8): Prospect = exploration (考察期), Churned or a
 * churn alert = decline (退化期), Loyal = stability (稳定期), Repeat and First-time = formation (形成期).
 */
export function stageCte(from: string): SqlCte {
  return {
    name: "stage",
    section: "domain.md §4 Relationship stage; §8 decline whenever an alert is on",
    why: "exploration / formation / stability / decline",
    body: `SELECT *,
    CASE
      WHEN lifecycle = 'Prospect' THEN 'exploration'
      WHEN lifecycle = 'Churned' OR churn_alert THEN 'decline'
      WHEN lifecycle = 'Loyal' THEN 'stability'
      WHEN lifecycle IN ('Repeat', 'First-time') THEN 'formation'
    END AS stage
  FROM ${from}`,
  };
}
