import type { CurvePoint } from "../models/credit/credit-settings";
import { sqlNumber } from "./sql-literal";

/**
 * pointsOnCurve (models/credit/points-curve.ts) as a CASE over `value`: flat beyond the ends, a
 * listed value gives its listed points, linear between neighbours. The same operations in the same
 * order as the engine (left + ((v - x0) / dx) * dp, with dx and dp computed here as the engine
 * computes them), so the points are the same doubles. Null stays null (no data).
 */
export function pointsCurveSql(curve: readonly CurvePoint[], value: string): string {
  const first = curve[0];
  const last = curve[curve.length - 1];
  const lines = [
    `CASE WHEN ${value} IS NULL THEN NULL`,
    `      WHEN ${value} <= ${sqlNumber(first.value)} THEN ${sqlNumber(first.points)}`,
    `      WHEN ${value} >= ${sqlNumber(last.value)} THEN ${sqlNumber(last.points)}`,
  ];
  for (let i = 1; i < curve.length; i++) {
    const left = curve[i - 1];
    const right = curve[i];
    lines.push(`      WHEN ${value} = ${sqlNumber(right.value)} THEN ${sqlNumber(right.points)}`);
    lines.push(
      `      WHEN ${value} < ${sqlNumber(right.value)} THEN ${sqlNumber(left.points)} + ((${value} - ${sqlNumber(left.value)}) / ${sqlNumber(right.value - left.value)}) * ${sqlNumber(right.points - left.points)}`
    );
  }
  lines.push(`      ELSE ${sqlNumber(last.points)} END`);
  return lines.join("\n");
}
