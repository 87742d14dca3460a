import type { Localized } from "../../../i18n/lang";
import { creditOutcome } from "./credit-outcome";
import type { CreditOutcome, IndicatorResult } from "./credit-result";
import { CREDIT_GRADES, type CreditGrade, type CreditLight } from "./credit-settings";
import type { FuzzyResult } from "./fuzzy";

const GRADE_CODES: readonly (CreditGrade | "insufficient")[] = [...CREDIT_GRADES, "insufficient"];
const LIGHT_CODES: readonly CreditLight[] = ["green", "amber", "red"];

/** What every reason of one indicator shares; only its figures differ from customer to customer. */
interface ReasonKind {
  id: string;
  dimension: string;
  name: Localized;
  unit: IndicatorResult["unit"];
  /** Whether a reason of this kind was seen in each shape (with and without a category name). */
  seenShape: [boolean, boolean];
}

/**
 * Every customer's credit outcome as columns, index k being customer k: some 40 bytes a customer
 * plus 38 per reason, where the outcome objects with their reason objects took several hundred.
 * Plain data, so that it crosses to the pane as it is. An outcome the columns cannot hold exactly
 * is kept whole in `whole` (none from today's scorers). creditOutcomeAt gives customer k's
 * CreditOutcome back, equal key for key and in key order.
 */
export interface CreditColumns {
  size: number;
  ids: readonly string[];
  /** The most reasons an outcome has here (settings' reasonCount). */
  slots: number;
  /** Index into `shared` (scorecard ids, terms, category values and names). */
  scorecard: Uint16Array;
  /** NaN = null. */
  score: Float64Array;
  /** Index into GRADE_CODES. */
  grade: Uint8Array;
  confidence: Float64Array;
  /** 1 + index into LIGHT_CODES; 0 = null. */
  light: Uint8Array;
  limit: Float64Array;
  terms: Uint16Array;
  averageMonthlySales: Float64Array;
  reasonCount: Uint8Array;
  /** Per slot (customer k's reason r at k * slots + r): index into `kinds`. */
  reasonKind: Uint16Array;
  /** Index into `shared` for a value that is no number (a category's), else -1. */
  reasonValueCode: Int32Array;
  reasonValue: Float64Array;
  /** 1 + index into `shared` for a category's name; 0 = none. */
  reasonCategoryName: Int32Array;
  reasonPoints: Float64Array;
  reasonWeight: Float64Array;
  reasonShortfall: Float64Array;
  kinds: ReasonKind[];
  kindOf: Map<string, number>;
  shared: unknown[];
  /** Code by value; a Localized by its two texts (a scorer may make a new one per customer). */
  sharedCode: Map<unknown, number>;
  /** Set once an outcome has a fuzzy evaluation (credit.method "fuzzy"). */
  fuzzy: (FuzzyResult | null | undefined)[] | null;
  whole: Map<number, CreditOutcome>;
}

/** Empty columns for `size` customers with up to `reasonSlots` reasons each. */
export function newCreditColumns(
  size: number,
  reasonSlots: number,
  ids: readonly string[]
): CreditColumns {
  const slots = Math.max(0, Math.min(255, Math.trunc(reasonSlots) || 0));
  return {
    size,
    ids,
    slots,
    scorecard: new Uint16Array(size),
    score: new Float64Array(size),
    grade: new Uint8Array(size),
    confidence: new Float64Array(size),
    light: new Uint8Array(size),
    limit: new Float64Array(size),
    terms: new Uint16Array(size),
    averageMonthlySales: new Float64Array(size),
    reasonCount: new Uint8Array(size),
    reasonKind: new Uint16Array(size * slots),
    reasonValueCode: new Int32Array(size * slots),
    reasonValue: new Float64Array(size * slots),
    reasonCategoryName: new Int32Array(size * slots),
    reasonPoints: new Float64Array(size * slots),
    reasonWeight: new Float64Array(size * slots),
    reasonShortfall: new Float64Array(size * slots),
    kinds: [],
    kindOf: new Map(),
    shared: [],
    sharedCode: new Map(),
    fuzzy: null,
    whole: new Map(),
  };
}

/** The code of a value many customers share (a scorecard id, terms, a category). */
function sharedCode(c: CreditColumns, value: unknown): number {
  const key = isLocalized(value) ? `${value["zh-CN"]}\u0000${value["en-US"]}` : value;
  let code = c.sharedCode.get(key);
  if (code === undefined) {
    code = c.shared.length;
    c.shared.push(value);
    c.sharedCode.set(key, code);
  }
  return code;
}

function isLocalized(value: unknown): value is Localized {
  return typeof value === "object" && value !== null && "zh-CN" in value;
}

function sameLocalized(a: Localized, b: Localized): boolean {
  return a === b || (a["zh-CN"] === b["zh-CN"] && a["en-US"] === b["en-US"]);
}

/** Stores customer k's outcome (a CreditResult is one too: its breakdown is not kept). */
export function setCreditOutcome(c: CreditColumns, k: number, outcome: CreditOutcome): void {
  if (!fits(c, k, outcome) || c.shared.length > 60000) {
    c.whole.set(k, creditOutcome(outcome));
    return;
  }
  c.scorecard[k] = sharedCode(c, outcome.scorecard);
  c.score[k] = outcome.score ?? NaN;
  c.grade[k] = GRADE_CODES.indexOf(outcome.grade);
  c.confidence[k] = outcome.confidence;
  c.light[k] = outcome.light === null ? 0 : LIGHT_CODES.indexOf(outcome.light) + 1;
  c.limit[k] = outcome.limit ?? NaN;
  c.terms[k] = sharedCode(c, outcome.terms);
  c.averageMonthlySales[k] = outcome.averageMonthlySales ?? NaN;
  const reasons = outcome.reasons;
  c.reasonCount[k] = reasons.length;
  for (let r = 0; r < reasons.length; r++) {
    const at = k * c.slots + r;
    const reason = reasons[r];
    c.reasonKind[at] = c.kindOf.get(reason.id)!;
    if (typeof reason.value === "number") {
      c.reasonValueCode[at] = -1;
      c.reasonValue[at] = reason.value;
    } else {
      c.reasonValueCode[at] = sharedCode(c, reason.value);
    }
    c.reasonCategoryName[at] =
      reason.categoryName === undefined ? 0 : sharedCode(c, reason.categoryName) + 1;
    c.reasonPoints[at] = reason.points as number;
    c.reasonWeight[at] = reason.effectiveWeight;
    c.reasonShortfall[at] = reason.shortfall as number;
  }
  if (outcome.fuzzy !== undefined) {
    c.fuzzy ??= new Array<FuzzyResult | null | undefined>(c.size);
    c.fuzzy[k] = outcome.fuzzy;
  }
}

const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

/** Customer k's outcome as one object. */
export function creditOutcomeAt(c: CreditColumns, k: number): CreditOutcome {
  const kept = c.whole.get(k);
  if (kept !== undefined) return kept;
  const light = c.light[k];
  const reasons = new Array<IndicatorResult>(c.reasonCount[k]);
  for (let r = 0; r < reasons.length; r++) reasons[r] = reasonAt(c, k * c.slots + r);
  const outcome: CreditOutcome = {
    customerId: c.ids[k],
    scorecard: c.shared[c.scorecard[k]] as string,
    score: orNull(c.score[k]),
    grade: GRADE_CODES[c.grade[k]],
    confidence: c.confidence[k],
    light: light === 0 ? null : LIGHT_CODES[light - 1],
    limit: orNull(c.limit[k]),
    terms: c.shared[c.terms[k]] as CreditOutcome["terms"],
    averageMonthlySales: orNull(c.averageMonthlySales[k]),
    reasons,
  };
  const fuzzy = c.fuzzy?.[k];
  if (fuzzy !== undefined) outcome.fuzzy = fuzzy;
  return outcome;
}

/** The reason in slot `at`, its keys in the order the scorers write them. */
function reasonAt(c: CreditColumns, at: number): IndicatorResult {
  const kind = c.kinds[c.reasonKind[at]];
  const valueCode = c.reasonValueCode[at];
  const value = valueCode < 0 ? c.reasonValue[at] : (c.shared[valueCode] as string | null);
  const name = c.reasonCategoryName[at];
  const points = c.reasonPoints[at];
  const effectiveWeight = c.reasonWeight[at];
  const shortfall = c.reasonShortfall[at];
  const { id, dimension, unit } = kind;
  return name === 0
    ? { id, dimension, name: kind.name, unit, value, points, effectiveWeight, shortfall }
    : {
        id,
        dimension,
        name: kind.name,
        unit,
        value,
        categoryName: c.shared[name - 1] as Localized,
        points,
        effectiveWeight,
        shortfall,
      };
}

/** True when the columns give this outcome back exactly; registers its reasons' kinds. */
function fits(c: CreditColumns, k: number, outcome: CreditOutcome): boolean {
  if (outcome.customerId !== c.ids[k] || outcome.reasons.length > c.slots) return false;
  if (!GRADE_CODES.includes(outcome.grade)) return false;
  if (outcome.light !== null && !LIGHT_CODES.includes(outcome.light)) return false;
  if (Number.isNaN(outcome.score) || Number.isNaN(outcome.limit)) return false;
  if (Number.isNaN(outcome.averageMonthlySales)) return false;
  for (const reason of outcome.reasons) {
    if (typeof reason.points !== "number" || typeof reason.shortfall !== "number") return false;
    let known = c.kindOf.get(reason.id);
    if (known === undefined) {
      if (c.kinds.length >= 65535) return false;
      const { id, dimension, name, unit } = reason;
      known = c.kinds.length;
      c.kindOf.set(id, known);
      c.kinds.push({ id, dimension, name, unit, seenShape: [false, false] });
    }
    const kind = c.kinds[known];
    if (kind.dimension !== reason.dimension || !sameLocalized(kind.name, reason.name)) return false;
    if (kind.unit !== reason.unit) return false;
    // A scorer makes each kind's reasons from one literal: its keys are checked once per shape.
    const shape = reason.categoryName === undefined ? 0 : 1;
    if (!kind.seenShape[shape]) {
      if (!hasReasonShape(reason)) return false;
      kind.seenShape[shape] = true;
    }
  }
  return true;
}

const REASON_KEYS = "id,dimension,name,unit,value,points,effectiveWeight,shortfall";
const CATEGORY_REASON_KEYS =
  "id,dimension,name,unit,value,categoryName,points,effectiveWeight,shortfall";

/** Both shapes the scorers make a reason in (JSON output follows key order). */
function hasReasonShape(reason: IndicatorResult): boolean {
  const keys = Object.keys(reason).join(",");
  return keys === (reason.categoryName === undefined ? REASON_KEYS : CATEGORY_REASON_KEYS);
}
