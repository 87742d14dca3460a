import { checkAhp, type AhpCheck } from "../../engine/models/credit/check-ahp";

/** What the AHP editor holds: the typed text of each upper-triangle cell, and what it means. */
export interface AhpEditorState {
  /** Criteria names, in matrix order. */
  criteria: string[];
  /** texts[i][j] for i < j as typed ("3", "1/5", "0.2"); other cells are derived. */
  texts: string[][];
  /** The full reciprocal matrix, or null while a typed cell is not a positive number. */
  matrix: number[][] | null;
  /** The engine's verdict (weights, CR, refusal message), or null while the matrix is incomplete. */
  check: AhpCheck | null;
  /** Upper cells [i, j] whose text is not a positive number. */
  invalid: [number, number][];
}

/** "3", "1/5", "0.2", "１／３" -> the number; null when it is not a positive number. */
export function parseJudgement(text: string): number | null {
  const t = text
    .trim()
    .replace(/[０-９．／]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const m = /^(\d+(?:\.\d+)?)(?:\s*\/\s*(\d+(?:\.\d+)?))?$/.exec(t);
  if (!m) return null;
  const value = m[2] === undefined ? Number(m[1]) : Number(m[1]) / Number(m[2]);
  return Number.isFinite(value) && value > 0 ? value : null;
}

function evaluate(criteria: string[], texts: string[][]): AhpEditorState {
  const n = criteria.length;
  const invalid: [number, number][] = [];
  const matrix: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = parseJudgement(texts[i][j]);
      if (v === null) invalid.push([i, j]);
      else {
        matrix[i][j] = v;
        matrix[j][i] = 1 / v;
      }
    }
  }
  const complete = invalid.length === 0;
  return {
    criteria,
    texts,
    matrix: complete ? matrix : null,
    check: complete && n > 0 ? checkAhp(matrix) : null,
    invalid,
  };
}

/** A new editor over `criteria`, every pair judged equal (1), hence consistent. */
export function createAhpEditor(criteria: readonly string[]): AhpEditorState {
  const n = criteria.length;
  const texts = Array.from({ length: n }, () => new Array<string>(n).fill("1"));
  return evaluate([...criteria], texts);
}

/**
 * The editor after typing `text` into cell (i, j): the cell below the diagonal follows as the
 * reciprocal, and weights and CR are recomputed at once (the editor shows CR as you type).
 * Typing below the diagonal sets the mirrored upper cell to the reciprocal of what was typed.
 */
export function setJudgement(
  state: AhpEditorState,
  i: number,
  j: number,
  text: string
): AhpEditorState {
  if (i === j) return state;
  const texts = state.texts.map((row) => [...row]);
  if (i < j) texts[i][j] = text;
  else {
    const v = parseJudgement(text);
    texts[j][i] = v === null ? text : reciprocalText(v);
  }
  return evaluate(state.criteria, texts);
}

/** How a derived (lower) cell shows: "1/3" for a third, a whole number as is. */
export function reciprocalText(v: number): string {
  const inverse = 1 / v;
  if (Math.abs(inverse - Math.round(inverse)) < 1e-9) return String(Math.round(inverse));
  if (Math.abs(v - Math.round(v)) < 1e-9) return `1/${Math.round(v)}`;
  return String(Number(inverse.toPrecision(3)));
}
