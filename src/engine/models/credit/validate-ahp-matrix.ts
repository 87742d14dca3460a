import type { Localized } from "../../../i18n/lang";

/** Largest matrix with a published random index (domain.md §5). */
export const AHP_MAX_CRITERIA = 10;

export interface AhpMatrixIssue {
  code:
    | "empty"
    | "too-large"
    | "not-square"
    | "not-positive"
    | "diagonal"
    | "not-reciprocal"
    | "not-saaty";
  /** 1-based row and column of the cell at fault, when there is one. */
  row: number | null;
  column: number | null;
  message: Localized;
}

const at = (i: number, j: number): Localized => ({
  "zh-CN": `第 ${i + 1} 行第 ${j + 1} 列`,
  "en-US": `row ${i + 1}, column ${j + 1}`,
});
const fmt = (v: number): string => String(Number(v.toPrecision(4)));

/**
 * Problems with an AHP pairwise comparison matrix, first found first: empty; more than 10
 * criteria; not square; a value that is not a positive number; a diagonal value other than 1;
 * a pair a_ij, a_ji that are not reciprocals (|a_ij x a_ji - 1| > tolerance); a value off Saaty's
 * 1-9 scale (v or 1/v must be within tolerance x v of a whole number 1..9). The tolerance (2.5%
 * by default) lets typed decimals stand for fractions: 0.33 for 1/3, 0.14 for 1/7.
 */
export function validateAhpMatrix(
  matrix: readonly (readonly number[])[],
  tolerance = 0.025
): AhpMatrixIssue[] {
  const n = matrix.length;
  if (n === 0)
    return [
      {
        code: "empty",
        row: null,
        column: null,
        message: { "zh-CN": "判断矩阵为空", "en-US": "the comparison matrix is empty" },
      },
    ];
  if (n > AHP_MAX_CRITERIA) {
    return [
      {
        code: "too-large",
        row: null,
        column: null,
        message: {
          "zh-CN": `层次分析法最多支持 ${AHP_MAX_CRITERIA} 个指标（随机一致性指标 RI 只给到 n = 10），当前为 ${n} 个`,
          "en-US": `AHP takes at most ${AHP_MAX_CRITERIA} criteria (the random index is known for n = 1..10), not ${n}`,
        },
      },
    ];
  }
  const issues: AhpMatrixIssue[] = [];
  matrix.forEach((row, i) => {
    if (row.length !== n) {
      issues.push({
        code: "not-square",
        row: i + 1,
        column: null,
        message: {
          "zh-CN": `第 ${i + 1} 行有 ${row.length} 个值，${n} × ${n} 矩阵每行需要 ${n} 个`,
          "en-US": `row ${i + 1} has ${row.length} values; a ${n} x ${n} matrix needs ${n}`,
        },
      });
    }
  });
  if (issues.length > 0) return issues;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = matrix[i][j];
      const where = at(i, j);
      if (!Number.isFinite(v) || v <= 0) {
        issues.push({
          code: "not-positive",
          row: i + 1,
          column: j + 1,
          message: {
            "zh-CN": `${where["zh-CN"]}必须是正数`,
            "en-US": `${where["en-US"]} must be a positive number`,
          },
        });
      } else if (i === j && v !== 1) {
        issues.push({
          code: "diagonal",
          row: i + 1,
          column: j + 1,
          message: {
            "zh-CN": `${where["zh-CN"]}必须为 1（指标与自身比较）`,
            "en-US": `${where["en-US"]} must be 1 (a criterion compared with itself)`,
          },
        });
      } else if (i !== j) {
        const scale = v >= 1 ? v : 1 / v;
        const whole = Math.round(scale);
        if (whole < 1 || whole > 9 || Math.abs(scale - whole) > tolerance * scale) {
          issues.push({
            code: "not-saaty",
            row: i + 1,
            column: j + 1,
            message: {
              "zh-CN": `${where["zh-CN"]}的 ${fmt(v)} 不在 Saaty 1-9 标度上（应为 1 到 9 或其倒数）`,
              "en-US": `${where["en-US"]}: ${fmt(v)} is not on Saaty's 1-9 scale (1 to 9 or their reciprocals)`,
            },
          });
        } else if (j > i) {
          const w = matrix[j][i];
          if (Number.isFinite(w) && w > 0 && Math.abs(v * w - 1) > tolerance) {
            const other = at(j, i);
            issues.push({
              code: "not-reciprocal",
              row: j + 1,
              column: i + 1,
              message: {
                "zh-CN": `${where["zh-CN"]}（${fmt(v)}）与${other["zh-CN"]}（${fmt(w)}）必须互为倒数`,
                "en-US": `${where["en-US"]} (${fmt(v)}) and ${other["en-US"]} (${fmt(w)}) must be reciprocals`,
              },
            });
          }
        }
      }
    }
  }
  return issues;
}
