import type { ScorecardFit } from "../../engine/models/scorecard/fit-scorecard";
import type { QualityFigures } from "../../engine/models/scorecard/quality";
import type { Lang } from "../../i18n/lang";
import { verdictText } from "../../engine/explain/scorecard/verdict-text";

function qualityJson(q: QualityFigures) {
  return { rows: q.rows, bads: q.bads, ks: q.ks, auc: q.auc, gini: q.gini };
}

/**
 * `fit scorecard --json` in the shape of issue #18. Numbers are given unrounded, so that IV and WOE
 * can be recomputed from the counts and every score matches what `score --settings` gives.
 */
export function fitScorecardJson(fit: ScorecardFit, lang: Lang) {
  return {
    target: fit.target,
    rows: fit.rows,
    bads: fit.bads,
    variables: fit.variables.map((v) => ({
      name: v.name,
      iv: v.iv,
      kept: v.kept,
      why: verdictText(v, lang),
      bins: v.bins.map((b) => ({
        label: b.label,
        lower: b.lower,
        upper: b.upper,
        categories: b.categories,
        missing: b.missing,
        goods: b.goods,
        bads: b.bads,
        woe: b.woe,
        points: b.points,
      })),
    })),
    model: {
      intercept: fit.model.intercept,
      coefficients: fit.model.coefficients,
      basePoints: fit.model.basePoints,
      dropped: fit.model.dropped,
    },
    quality: {
      ks: fit.quality.ks,
      auc: fit.quality.auc,
      gini: fit.quality.gini,
      holdout: fit.quality.holdout && qualityJson(fit.quality.holdout),
    },
    customers: fit.customers.map((c) => ({ row: c.row, score: c.score, grade: c.grade })),
  };
}
