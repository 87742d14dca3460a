import type { AltmanSettings } from "../models/credit/credit-settings";
import type { SqlCte } from "./sql-cte";
import { sqlNumber } from "./sql-literal";

/**
 * The Altman Z'' zone (domain.md §5, §8): safe above safeAbove, distress below distressBelow, grey
 * between with both ends included; Z'' itself is computed with the credit inputs.
 */
export function altmanZoneCte(settings: AltmanSettings, from: string): SqlCte {
  return {
    name: "altman",
    section: "domain.md §5 Altman Z''; §8 grey includes both ends",
    why: "safe / grey / distress from Z''",
    body: `SELECT *,
    CASE
      WHEN altman_z IS NULL THEN NULL
      WHEN altman_z > ${sqlNumber(settings.safeAbove)} THEN 'safe'
      WHEN altman_z < ${sqlNumber(settings.distressBelow)} THEN 'distress'
      ELSE 'grey'
    END AS altman_zone
  FROM ${from}`,
  };
}
