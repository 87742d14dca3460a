import type { AltmanSettings } from "./credit-settings";

export type AltmanZone = "safe" | "grey" | "distress";

/** Altman zone of a Z'' score: safe above safeAbove, distress below distressBelow, grey between, both ends included. */
export function altmanZone(
  z: number,
  limits: Pick<AltmanSettings, "distressBelow" | "safeAbove">
): AltmanZone {
  if (z > limits.safeAbove) return "safe";
  if (z < limits.distressBelow) return "distress";
  return "grey";
}
