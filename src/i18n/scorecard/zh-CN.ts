import type { ScorecardText } from "./en-US";

/** 统计评分卡的中文文本（拟合报告、入模结论），键与 en-US.ts 相同。 */
export const zhCN: ScorecardText = {
  needTarget:
    "请用 --target 指定结果列，例如：tiersheet fit scorecard applicants.csv --target creditability（取值 0/1、good/bad 或 好/坏；坏 = 违约 = 1）。",
  title: (file, sheet, target) => `${file} › ${sheet}：结果列“${target}”的统计评分卡`,
  fittedOn: (rows, goods, bads, holdout) =>
    `拟合样本 ${rows} 行（好 ${goods}，坏 ${bads}）${holdout ? "；按行位置除以 10 余 0、1、2 的行留作验证" : ""}。`,
  variablesByIv: "变量按信息值（IV）排列：",
  binHeader: "分箱 | 好 | 坏 | 坏账率 | WOE | 分数",
  verdict: {
    kept: () => "入模",
    strong: () => "入模；IV 高于 0.5，强得可疑（可能有信息泄漏）",
    "low-iv": (iv) => `未入模：IV ${iv} 低于 0.02`,
    sign: (coefficient) =>
      `按符号规则剔除：系数 ${coefficient} <= 0，与其 WOE 方向矛盾（通常是共线）`,
    identifier: () => "未入模：标识列（客户编号或名称，或每行都不同的文本）",
  },
  model: (intercept, base) => `模型：截距 ${intercept}；基础分 ${base}。`,
  droppedNone: "没有变量因符号规则被剔除。",
  quality: (ks, auc, gini) => `模型效果（拟合样本）：KS ${ks}，AUC ${auc}，Gini ${gini}。`,
  holdoutQuality: (rows, ks, auc, gini) =>
    `验证样本（${rows} 行）：KS ${ks}，AUC ${auc}，Gini ${gini}。`,
  deciles: "按分数十分位的坏账率（从低分到高分）：",
  decile: (d, from, to, rate) => `  ${d}. ${from} – ${to}：坏账率 ${rate}`,
  wroteSettings: (file) =>
    `已写出 ${file}（credit.method 为 "statistical"）：对含这些列的文件评分请用 tiersheet score 文件 --settings ${file}`,
  sheet: {
    name: "TierSheet 评分卡",
    title: (target, sheet) => `统计评分卡：工作表“${sheet}”的结果列“${target}”`,
    fitted: (rows, goods, bads) =>
      `拟合样本 ${rows} 行（好 ${goods}，坏 ${bads}）；得分 = 基础分 + 各变量所在分箱的分数。`,
    labels: ["KS", "AUC", "Gini", "基础分", "验证样本 KS", "验证样本 AUC"],
    variablesHeader: ["变量", "IV", "入模", "说明", "系数"],
    binsHeader: ["变量", "分箱", "好", "坏", "坏账率", "WOE", "分数"],
    decilesHeader: ["分数十分位", "最低分", "最高分", "行数", "坏", "坏账率"],
    yes: "是",
    no: "否",
    decileChart: "按分数十分位的坏账率",
    badRate: "坏账率",
    ksHeader: ["分数截点", "截点及以下坏客户占比", "截点及以下好客户占比", "差距"],
    ksChart: (ks) => `KS 曲线（KS ${ks}）`,
  },
};
