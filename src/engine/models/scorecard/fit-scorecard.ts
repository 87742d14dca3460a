import { columnLetter } from "../../table/column-letter";
import { buildHeaderMatcher } from "../../table/match-header";
import type { SheetData } from "../../table/sheet";
import { ENTERPRISE_TEMPLATE } from "../../template/enterprise";
import { creditGrade } from "../credit/credit-grade";
import type { CreditGrade } from "../credit/credit-settings";
import { applyScorecard, binOf } from "./apply-scorecard";
import { chiMerge } from "./chi-merge";
import { fitProblems, type FitProblem } from "./fit-problem";
import { holdoutSplit } from "./holdout";
import { ksCurve, type KsPoint } from "./ks-curve";
import { basePoints, binPoints, DEFAULT_POINTS_SCALE, type PointsScale } from "./points";
import { preBins } from "./pre-bins";
import { qualityFigures, scoreDeciles, type QualityFigures, type ScoreDecile } from "./quality";
import { readTarget } from "./read-target";
import { readVariable } from "./read-variable";
import { columnOfTitle, readScorecardSheet } from "./scorecard-sheet";
import { gradeMinimumsByQuantile, type GradeMinimums } from "./score-grades";
import { fitWithSignRule, type DroppedVariable } from "./sign-rule";
import type {
  StatisticalBinSetting,
  StatisticalScorecardSetting,
  StatisticalVariableSetting,
} from "./statistical-setting";
import type { ScorecardVariable, WeighedBin } from "./types";
import { binLabel } from "./bin-label";
import { weighBins } from "./woe-iv";

/** Variables below this IV are left out (domain.md §5). */
export const MIN_IV = 0.02;
/** Above this IV a variable is flagged "suspiciously strong" (possible leakage). */
export const STRONG_IV = 0.5;

export interface FitOptions {
  /** The outcome column's title. */
  target: string;
  /** Hold out rows 0, 1, 2 mod 10 and report their quality too. */
  holdout: boolean;
  scale?: PointsScale;
  /** Grade cut-offs; by default the fitted scores' quantiles (score-grades.ts). */
  gradeMinimums?: GradeMinimums;
}

/**
 * Why a variable is in the model or not: kept; kept but IV above 0.5; IV below 0.02; dropped by
 * the sign rule; an identifier (a customer id or name column, or text that differs on every row).
 */
export type VariableVerdict = "kept" | "strong" | "low-iv" | "sign" | "identifier";

/** A bin as the fit reports it: as settings hold it, with counts; points null outside the model. */
export interface FittedBin extends Omit<StatisticalBinSetting, "points"> {
  goods: number;
  bads: number;
  points: number | null;
}

export interface FittedVariable {
  name: string;
  kind: "numeric" | "categorical";
  /** Null for an identifier, which is not binned. */
  iv: number | null;
  kept: boolean;
  verdict: VariableVerdict;
  /** For "sign": the coefficient that dropped it. */
  droppedCoefficient?: number;
  /** Bins with counts and WOE; points only for a variable in the model. */
  bins: FittedBin[];
}

export interface ScorecardFit {
  sheet: string;
  target: string;
  /** Rows fitted on (with an outcome, not held out), and their bads and goods. */
  rows: number;
  bads: number;
  goods: number;
  variables: FittedVariable[];
  model: {
    intercept: number;
    coefficients: Record<string, number>;
    basePoints: number;
    dropped: DroppedVariable[];
    converged: boolean;
  };
  quality: QualityFigures & {
    holdout: QualityFigures | null;
    deciles: ScoreDecile[];
    /** The KS curve on the rows fitted, for the Scorecard sheet's chart. */
    ksCurve: KsPoint[];
  };
  /** Every data row, fitted, held out or without an outcome, in sheet order. */
  customers: { row: number; score: number; grade: CreditGrade; outcome: 1 | 0 | -1 }[];
  /** What `credit.statistical` holds to score other files the same way. */
  setting: StatisticalScorecardSetting;
}

export type FitResult = { ok: true; fit: ScorecardFit } | { ok: false; problem: FitProblem };

const isIdentifierTitle = (() => {
  const match = buildHeaderMatcher(ENTERPRISE_TEMPLATE);
  return (title: string) => {
    const field = match(title);
    return field === "customer_id" || field === "name";
  };
})();

function settingBins(
  variable: ScorecardVariable,
  bins: readonly WeighedBin[]
): StatisticalBinSetting[] {
  return bins.map((b) => {
    const categories =
      variable.kind === "categorical" ? b.levels.map((l) => variable.levels[l]) : [];
    const numeric = variable.kind === "numeric" && !b.missing;
    return {
      label: binLabel(b, categories),
      lower: numeric && Number.isFinite(b.lower) ? b.lower : null,
      upper: numeric && Number.isFinite(b.upper) ? b.upper : null,
      categories,
      missing: b.missing,
      woe: b.woe,
      points: 0,
    };
  });
}

/**
 * Fits the statistical scorecard of domain.md §5 on a sheet whose first non-empty row holds the
 * titles: the outcome column `target` (0/1, good/bad, 好/坏; an empty outcome leaves the row out of
 * the fit), every other titled column a variable. Pre-bins, ChiMerge, WOE/IV (IV < 0.02 left out),
 * logistic regression on the WOE values with the sign rule, PDO points, KS/AUC/Gini on the rows
 * fitted and, with `holdout`, on rows 0, 1, 2 mod 10 held out; grades by cut-offs or quantiles.
 * Every problem with the sheet comes back as a FitProblem, never a throw.
 */
export function fitScorecard(sheetData: SheetData, options: FitOptions): FitResult {
  const scale = options.scale ?? DEFAULT_POINTS_SCALE;
  const sheet = readScorecardSheet(sheetData);
  if (sheet === null) return { ok: false, problem: fitProblems.noHeader(sheetData.name) };
  const targetColumn = columnOfTitle(sheet.titles, options.target);
  if (targetColumn < 0) {
    const titles = sheet.titles.filter((t) => t !== "");
    return { ok: false, problem: fitProblems.noTargetColumn(sheet.name, options.target, titles) };
  }
  const n = sheet.rows.length;
  const outcome = new Int8Array(n);
  const badCells: number[] = [];
  sheet.rows.forEach((r, i) => {
    const value = readTarget(r.cells[targetColumn]);
    if (value === null) badCells.push(i);
    else outcome[i] = value;
  });
  if (badCells.length > 0) {
    const first = sheet.rows[badCells[0]];
    const shown = String(first.cells[targetColumn]);
    return {
      ok: false,
      problem: fitProblems.badTarget(
        sheet.name,
        first.row,
        columnLetter(targetColumn),
        shown,
        badCells.length - 1
      ),
    };
  }
  const y = Uint8Array.from(outcome, (v) => (v === 1 ? 1 : 0));
  const split = options.holdout
    ? holdoutSplit(n)
    : { fit: Int32Array.from({ length: n }, (_, i) => i), holdout: new Int32Array(0) };
  const labelled = (rows: Int32Array) => rows.filter((i) => outcome[i] !== -1);
  const fitRows = labelled(split.fit);
  const holdoutRows = labelled(split.holdout);
  let bads = 0;
  for (const r of fitRows) bads += y[r];
  const goods = fitRows.length - bads;
  if (bads === 0 || goods === 0) {
    return {
      ok: false,
      problem: fitProblems.oneClass(sheet.name, sheet.titles[targetColumn], goods, bads),
    };
  }

  // Binning and WOE, variable by variable.
  const variables: FittedVariable[] = [];
  const candidates: {
    index: number;
    setting: StatisticalVariableSetting;
    column: number;
    woe: Float64Array;
  }[] = [];
  sheet.titles.forEach((title, column) => {
    if (column === targetColumn || title === "") return;
    const variable = readVariable(title, sheet.rows, column);
    const distinctText =
      variable.kind === "categorical" &&
      variable.levels.length > 1 &&
      variable.levels.length === variable.codes.filter((c) => c >= 0).length;
    if (isIdentifierTitle(title) || distinctText) {
      variables.push({
        name: title,
        kind: variable.kind,
        iv: null,
        kept: false,
        verdict: "identifier",
        bins: [],
      });
      return;
    }
    const pre = preBins(variable, y, fitRows);
    const merged = chiMerge(pre.bins, fitRows.length);
    const weighed = weighBins(pre.missing ? [...merged, pre.missing] : merged);
    const bins = settingBins(variable, weighed.bins);
    const kept = weighed.iv >= MIN_IV;
    variables.push({
      name: title,
      kind: variable.kind,
      iv: weighed.iv,
      kept,
      verdict: !kept ? "low-iv" : weighed.iv > STRONG_IV ? "strong" : "kept",
      bins: bins.map((b, k) => ({
        ...b,
        goods: weighed.bins[k].goods,
        bads: weighed.bins[k].bads,
        points: null,
      })),
    });
    if (!kept) return;
    const setting: StatisticalVariableSetting = {
      name: title,
      kind: variable.kind,
      coefficient: 0,
      bins,
    };
    const woe = new Float64Array(n);
    sheet.rows.forEach((r, i) => {
      const bin = binOf(setting, r.cells[column]);
      woe[i] = bin < 0 ? 0 : bins[bin].woe;
    });
    candidates.push({ index: variables.length - 1, setting, column, woe });
  });
  if (candidates.length === 0) return { ok: false, problem: fitProblems.noVariables(sheet.name) };

  const model = fitWithSignRule(
    candidates.map((c) => c.setting.name),
    candidates.map((c) => c.woe),
    y,
    fitRows
  );
  if (!model.ok)
    return { ok: false, problem: fitProblems.singular(model.variables[0], model.variables[1]) };

  // Points, for the variables the model kept.
  const inModel: StatisticalVariableSetting[] = [];
  const coefficients: Record<string, number> = {};
  for (const c of candidates) {
    const fitted = model.coefficients.find((m) => m.name === c.setting.name);
    const report = variables[c.index];
    if (!fitted) {
      report.kept = false;
      report.verdict = "sign";
      report.droppedCoefficient = model.dropped.find((d) => d.name === c.setting.name)?.coefficient;
      continue;
    }
    coefficients[fitted.name] = fitted.coefficient;
    const bins = c.setting.bins.map((b) => ({
      ...b,
      points: binPoints(fitted.coefficient, b.woe, scale),
    }));
    report.bins = report.bins.map((b, k) => ({ ...b, points: bins[k].points }));
    inModel.push({ ...c.setting, coefficient: fitted.coefficient, bins });
  }

  // Scores of every row, through the same code that scores a customer file with these settings.
  const base = basePoints(model.intercept, scale);
  const draft: StatisticalScorecardSetting = {
    target: sheet.titles[targetColumn],
    intercept: model.intercept,
    basePoints: base,
    scale,
    variables: inModel,
    gradeMinimums: { AAA: 0, AA: 0, A: 0, BBB: 0, BB: 0, B: 0 },
  };
  const score = new Float64Array(n);
  sheet.rows.forEach((r, i) => {
    score[i] = applyScorecard(draft, (name) => r.cells[columnOfTitle(sheet.titles, name)]).score;
  });
  const gradeMinimums =
    options.gradeMinimums ??
    gradeMinimumsByQuantile(
      fitRows.length > 0 ? Float64Array.from(fitRows, (r) => score[r]) : score
    );
  const setting = { ...draft, gradeMinimums };

  return {
    ok: true,
    fit: {
      sheet: sheet.name,
      target: setting.target,
      rows: fitRows.length,
      bads,
      goods,
      variables,
      model: {
        intercept: model.intercept,
        coefficients,
        basePoints: base,
        dropped: model.dropped,
        converged: model.converged,
      },
      quality: {
        ...qualityFigures(score, y, fitRows),
        holdout: options.holdout ? qualityFigures(score, y, holdoutRows) : null,
        deciles: scoreDeciles(score, y, fitRows),
        ksCurve: ksCurve(score, y, fitRows),
      },
      customers: sheet.rows.map((r, i) => ({
        row: r.row,
        score: score[i],
        grade: creditGrade(score[i], gradeMinimums),
        outcome: outcome[i] as 1 | 0 | -1,
      })),
      setting,
    },
  };
}
