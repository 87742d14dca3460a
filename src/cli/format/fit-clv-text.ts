import type { ClvModels } from "../../engine/models/clv/fit-clv-models";
import type { TimeUnit } from "../../engine/models/clv/summarize-purchases";
import { isoFromDay, type Day } from "../../engine/day";
import { clvText } from "../../i18n/clv";
import type { Lang } from "../../i18n/lang";

const fixed = (value: number, digits: number) => value.toFixed(digits);
const named = (params: object) =>
  Object.entries(params)
    .map(([k, v]) => `${k} = ${fixed(v as number, 4)}`)
    .join(", ");

/** The readable report of `tiersheet fit clv`: the fits and the horizon's totals. */
export function formatFitClvText(
  models: ClvModels,
  context: {
    file: string;
    unit: TimeUnit;
    asOf: Day | null;
    months: number;
    monthlyDiscount: number;
  },
  lang: Lang
): string {
  const t = clvText(lang);
  const { bgnbd, gammaGamma, predictions } = models;
  if (!bgnbd.ok || !predictions) return "";
  const lines = [
    t.title(
      context.file,
      bgnbd.customers,
      t.unit(context.unit),
      context.asOf === null ? null : isoFromDay(context.asOf)
    ),
    t.bgnbdLine(named(bgnbd.params), fixed(bgnbd.logLikelihood, 2), bgnbd.iterations),
  ];
  if (gammaGamma === null) lines.push(t.noSpend);
  else if (gammaGamma.ok)
    lines.push(
      t.gammaGammaLine(
        gammaGamma.customers,
        named(gammaGamma.params),
        fixed(gammaGamma.logLikelihood, 2),
        gammaGamma.iterations
      )
    );
  const sum = (values: Float64Array) => values.reduce((s, v) => s + v, 0);
  lines.push(
    t.horizonLine(
      context.months,
      `${context.monthlyDiscount * 100}%`,
      fixed(sum(predictions.expectedPurchases), 1),
      predictions.clv ? fixed(sum(predictions.clv), 2) : null
    )
  );
  lines.push(t.moreWithJson);
  return lines.join("\n") + "\n";
}
