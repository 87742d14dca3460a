import type { WorkbookPlan } from "../../../engine/plan/workbook-plan";
import { invalidPlan } from "./plan-apply-error";

/** Each output sheet key may appear once in a plan: the registry maps a key to one sheet. */
export function checkPlanKeys(plan: WorkbookPlan): void {
  const seen = new Set<string>();
  for (const sheet of plan.sheets) {
    if (seen.has(sheet.key)) {
      throw invalidPlan({
        "zh-CN": `工作表键“${sheet.key}”出现了两次。`,
        "en-US": `the sheet key "${sheet.key}" appears twice.`,
      });
    }
    seen.add(sheet.key);
  }
}
