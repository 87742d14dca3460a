import type { RowProblem } from "../../engine/models/clv/purchase-problem";
import type { ClvText } from "./en-US";

/** 预测型客户终生价值（BG/NBD、Gamma-Gamma）与 `tiersheet fit clv` 的中文文本，键与 en-US.ts 相同。 */
export const zhCN: ClvText = {
  unit: (unit) => (unit === "weeks" ? "周" : "天"),
  title: (file, customers, unit, asOf) =>
    `${file}：${customers} 位客户，时间单位：${unit}` + (asOf ? `，截至 ${asOf}` : ""),
  bgnbdLine: (params, logLikelihood, iterations) =>
    `BG/NBD：${params}；对数似然 ${logLikelihood}；迭代 ${iterations} 次后收敛`,
  gammaGammaLine: (customers, params, logLikelihood, iterations) =>
    `Gamma-Gamma（${customers} 位复购客户）：${params}；对数似然 ${logLikelihood}；迭代 ${iterations} 次后收敛`,
  noSpend: "Gamma-Gamma：输入中没有消费金额，因此没有预期客单价和 CLV。",
  bgnbdRefused: (reason) => `无法拟合 BG/NBD 模型：${reason}。继续使用确定型终生价值。`,
  gammaGammaRefused: (reason) => `无法拟合 Gamma-Gamma 消费模型：${reason}。没有预期客单价和 CLV。`,
  horizonLine: (months, discount, purchases, clv) =>
    `未来 ${months} 个月（月折现率 ${discount}）：预期购买 ${purchases} 次` +
    (clv === null ? "。" : `，预测 CLV 合计 ${clv}。`),
  moreWithJson: "使用 --json 查看每位客户的存活概率、预期购买次数、预期客单价和 CLV。",
  purchasesLeftOut: (count, asOf, customers) =>
    `${asOf} 之后的 ${count} 笔购买未计入拟合` +
    (customers > 0 ? `（其中 ${customers} 位客户只在此日期之后购买）。` : "。"),
  rowsLeftOut: (count, examples) => `${count} 行没有可读的客户或日期，已略过：${examples}`,
  summaryRefused: (file, sheet, count) => `${file} › ${sheet}：${count} 行无法使用，未进行拟合：`,
  problem: (sheet, p) =>
    `${sheet}!${p.column}${p.row}（${p.field}）“${p.value.slice(0, 40)}”：${problemText(p.code)}`,
  more: (count) => `……另有 ${count} 处`,
  notClvInput: (file, sheet) =>
    `${file} › ${sheet} 既不是购买摘要（frequency、recency、T 或 x、t_x、T 列），也不是购买明细（客户编号、交易日期）。`,
  asOfOnSummary: "--as-of 用于略去某日期之后的购买；此文件已是摘要，无可略去，请去掉 --as-of。",
  badPeriod: (value) => `--period“${value}”不是时间单位，请用 weeks 或 days。`,
  noPurchases: (file) => `${file} 中没有可拟合的购买记录。`,
  dashboard: {
    title: (unit) => `BG/NBD 检验：按观察期内重复购买次数（时间单位：${unit}）的客户数，实际与预期`,
    note: "预期 = 各客户在其观察期内恰好重复购买该次数的模型概率之和（即 lifetimes 的 plot_period_transactions，此处精确计算而非模拟）。两组柱子相差很大说明模型不适合这些客户。",
    header: ["重复购买次数", "客户数（实际）", "客户数（预期）"],
    actualSeries: "实际",
    expectedSeries: "预期（BG/NBD）",
    paramsTitle: (customers, repeatBuyers) =>
      `拟合参数（BG/NBD：${customers} 位客户` +
      (repeatBuyers === null ? "）" : `；Gamma-Gamma：${repeatBuyers} 位复购客户）`),
    paramsHeader: ["参数", "取值"],
    logLikelihood: (model) => `${model} 对数似然`,
    refused: (reason) => `未拟合 BG/NBD：${reason}。客户终生价值仍用确定性公式。`,
    gammaGammaRefused: (reason) => `未拟合 Gamma-Gamma：${reason}。`,
    noSpend: "Gamma-Gamma：交易没有金额，因此没有预期客单价。",
    churnRule: (below, gapKept) =>
      `流失预警：按存活概率低于 ${below}，而非 2 倍间隔规则` +
      (gapKept > 0 ? `（${gapKept} 位没有存活概率的客户仍按间隔规则）。` : "。"),
  },
  why: {
    history: (purchases, span, since, unit) =>
      purchases === 1
        ? `仅购买 1 次，在 ${since} ${unit}前`
        : `在 ${span} ${unit}内购买 ${purchases} 次，最近一次在 ${since} ${unit}前`,
    likely: "很可能仍是客户",
    unsure: "可能正在流失",
    unlikely: "很可能已不再是客户",
    pAlive: (history, verdict, p) => `${history}：${verdict}（存活概率 ${p}）。`,
    oneOrder: (history) =>
      `${history}：存活概率 1。BG/NBD 只允许客户在某次购买之后流失，所以从未再次购买的客户仍算作客户；流失预警改按天数观察他们。`,
    alert: (p, below, history) => `流失预警：存活概率 ${p} 低于 ${below}（${history}）。`,
    noAlert: (p, below, history) => `无流失预警：存活概率 ${p} 不低于 ${below}（${history}）。`,
    gapKept: "该客户没有存活概率，按间隔规则判断：",
  },
  refusal: (r) => {
    switch (r.code) {
      case "no-purchases":
        return "工作簿中没有可用于拟合的购买记录（含客户与日期的交易明细表）";
      case "too-few-customers":
        return `只有 ${r.customers} 位客户，至少需要 ${r.minimum} 位`;
      case "too-few-repeat-buyers":
        return `只有 ${r.repeatBuyers} 位客户有复购，至少需要 ${r.minimum} 位`;
      case "not-converged":
        return `迭代 ${r.iterations} 次后似然仍未收敛`;
      case "degenerate-parameter":
        return `参数 ${r.parameter} 趋于${r.value < 1 ? "0" : "无穷大"}（${r.value.toPrecision(3)}）：数据无法确定模型`;
      case "spend-frequency-correlated":
        return `每次消费金额与购买次数相关（${r.correlation.toFixed(2)}，超过 ${r.limit}），而模型假定二者无关`;
      case "q-not-above-one":
        return `q = ${r.q.toPrecision(3)} 不大于 1，平均消费为无穷大`;
    }
  },
};

function problemText(code: RowProblem["code"]): string {
  switch (code) {
    case "missing":
      return "为空";
    case "not-a-number":
      return "不是数字";
    case "not-a-date":
      return "不是日期";
    case "not-a-whole-number":
      return "不是整数";
    case "negative":
      return "为负数";
    case "recency-after-age":
      return "recency 大于 T";
    case "recency-without-repeat":
      return "没有复购时 recency 必须为 0";
    case "wrong-column-count":
      return "该行不是 4 个字段";
  }
}
