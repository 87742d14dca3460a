import type { ClvModels } from "../../engine/models/clv/fit-clv-models";

/**
 * `fit clv --json`: {"bgnbd":{r, alpha, a, b, logLikelihood}, "gammaGamma":{p, q, v, logLikelihood,
 * customers} or null, "customers":[{customer_id, pAlive, expectedPurchases, expectedSpend, clv}]}, in
 * the input's customer order; expectedSpend and clv are null without a spend model. Call it on a
 * fitted BG/NBD only.
 */
export function formatFitClvJson(models: ClvModels, ids: readonly string[]): string {
  const { bgnbd, gammaGamma, predictions } = models;
  if (!bgnbd.ok || !predictions) throw new Error("formatFitClvJson needs a fitted BG/NBD model");
  const gg = gammaGamma?.ok ? gammaGamma : null;
  const parts: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    parts.push(
      JSON.stringify({
        customer_id: ids[i],
        pAlive: predictions.pAlive[i],
        expectedPurchases: predictions.expectedPurchases[i],
        expectedSpend: predictions.expectedSpend ? predictions.expectedSpend[i] : null,
        clv: predictions.clv ? predictions.clv[i] : null,
      })
    );
  }
  const head = {
    bgnbd: { ...bgnbd.params, logLikelihood: bgnbd.logLikelihood },
    gammaGamma: gg
      ? { ...gg.params, logLikelihood: gg.logLikelihood, customers: gg.customers }
      : null,
  };
  return JSON.stringify(head).slice(0, -1) + ',"customers":[' + parts.join(",") + "]}";
}
