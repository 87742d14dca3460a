import type { Lang, Localized } from "../../i18n/lang";
import { isoFromDay } from "../day";
import { lifecycleName, pyramidName } from "../explain/tiers/level-name";
import { measureName } from "../explain/tiers/measure-name";
import { segmentName } from "../explain/tiers/segment-name";
import type { LifecycleStatus } from "../models/tiers/lifecycle";
import type { PyramidLevel } from "../models/tiers/pyramid";
import type { TierSettings } from "../models/tiers/tier-settings";
import type { ScoreRun } from "../score-workbook";
import { FORMATS, type PlanCell, type PlanFormat, type PlanSheet } from "./workbook-plan";
import { scoredCount } from "../scored-customers";

/** One figure of a concept: a label and the engine's number (null when the file cannot give it). */
interface HandoutFigure {
  label: string;
  value: number | null;
  format: PlanFormat;
}

/** One concept of the handout: a title, exactly two lines of explanation, the workbook's figures. */
export interface HandoutBlock {
  id: string;
  title: string;
  lines: [string, string];
  figures: HandoutFigure[];
}

const L = (zh: string, en: string): Localized => ({ "zh-CN": zh, "en-US": en });
/** A settings share as the handout prints it: 0.8 -> "80%". */
const pct = (share: number): string => `${Math.round(share * 1000) / 10}%`;
const localLines = (lines: [Localized, Localized], lang: Lang): [string, string] => [
  lines[0][lang],
  lines[1][lang],
];

const TEXT = {
  sheet: L("讲义", "Handout"),
  heading: (asOf: string, n: number): Localized =>
    L(
      `客户分级与信用讲义 · 基准日 ${asOf} · ${n} 位客户`,
      `Tiers and credit handout · as of ${asOf} · ${n} customers`
    ),
  pareto: {
    title: L("帕累托 / ABC 分类", "Pareto / ABC classes"),
    lines: (t: TierSettings): [Localized, Localized] => [
      L(
        `按价值从高到低排序，累计达到 ${pct(t.abc.aShare)} 的客户为 A 类，到 ${pct(t.abc.bShare)} 为 B 类，其余为 C 类。`,
        `Rank customers by value: those needed to reach ${pct(t.abc.aShare)} of it are A, up to ${pct(t.abc.bShare)} B, the rest C.`
      ),
      L(
        "少数 A 类客户通常带来大部分价值：服务与授信应先照顾他们。",
        "A few A customers usually bring most of the value: serve and protect them first."
      ),
    ],
  },
  pyramid: {
    title: L("客户金字塔", "Customer pyramid"),
    lines: (t: TierSettings): [Localized, Localized] => [
      L(
        `按价值排名切分：前 ${pct(t.pyramid.vipShare)} 为 VIP，到 ${pct(t.pyramid.majorShare)} 为主要客户，到 ${pct(t.pyramid.ordinaryShare)} 为普通客户，其余为小客户。`,
        `Cut the value ranking: top ${pct(t.pyramid.vipShare)} VIP, up to ${pct(t.pyramid.majorShare)} Major, up to ${pct(t.pyramid.ordinaryShare)} Ordinary, the rest Small.`
      ),
      L(
        "没有购买记录的客户是潜在客户，不参与排名。",
        "Customers with no purchase yet are Prospects and are not ranked."
      ),
    ],
  },
  key: {
    title: L("关键客户", "Key customers"),
    lines: (t: TierSettings): [Localized, Localized] => [
      L(
        `高价值客户：按价值排名前 ${pct(t.keyCustomers.highValueShare)}；有影响力的客户：影响力不低于 ${t.keyCustomers.influenceMin}。`,
        `High-value: the top ${pct(t.keyCustomers.highValueShare)} by value; influential: influence of ${t.keyCustomers.influenceMin} or more.`
      ),
      L("两者兼有的客户最值得经营。", "Customers who are both deserve the most attention."),
    ],
  },
  rfm: {
    title: L("RFM 分析", "RFM analysis"),
    lines: (): [Localized, Localized] => [
      L(
        "R 最近一次购买、F 购买频次、M 购买金额，各打 1-5 分。",
        "Recency, Frequency and Monetary value, each scored 1 to 5."
      ),
      L(
        "三个分数的组合把客户分成可以分别对待的细分群。",
        "The three scores together sort customers into segments to treat differently."
      ),
    ],
  },
  lifecycle: {
    title: L("客户生命周期", "Customer lifecycle"),
    lines: (t: TierSettings): [Localized, Localized] => [
      L(
        `从潜在、首次、重复到忠诚；超过 ${t.lifecycle.churnDays} 天没有购买即为流失。`,
        `From Prospect to First-time, Repeat and Loyal; no purchase for over ${t.lifecycle.churnDays} days means Churned.`
      ),
      L(
        "流失预警标出购买间隔明显变长、可能即将流失的客户。",
        "Churn alerts flag customers whose gap since the last order has grown unusually long."
      ),
    ],
  },
  credit: {
    title: L("信用评级（5C）", "Credit grades (5C)"),
    lines: (): [Localized, Localized] => [
      L(
        "品格、能力、资本、抵押、条件五个维度加权打分，得出信用等级。",
        "Character, Capacity, Capital, Collateral and Conditions are weighted into a grade."
      ),
      L(
        "信号灯：绿色正常授信，黄色谨慎，红色暂停或收紧。",
        "Lights: green means normal terms, amber caution, red stop or tighten."
      ),
    ],
  },
  altman: {
    title: L("Altman Z'' 模型", "Altman Z'' score"),
    lines: (): [Localized, Localized] => [
      L(
        "Z'' = 6.56·X1 + 3.26·X2 + 6.72·X3 + 1.05·X4，取自客户的财务报表。",
        "Z'' = 6.56·X1 + 3.26·X2 + 6.72·X3 + 1.05·X4, from the customer's accounts."
      ),
      L(
        "安全区风险低，灰色区需要关注，困境区有较高的违约风险。",
        "Safe zone: low risk; grey zone: watch; distress zone: high risk of default."
      ),
    ],
  },
  label: {
    totalValue: (measure: string): Localized =>
      L(`价值合计（${measure}）`, `Total value (${measure})`),
    classCount: (c: string): Localized => L(`${c} 类客户数`, `${c} customers`),
    classShare: (c: string): Localized => L(`${c} 类价值占比`, `${c} share of value`),
    lossMaking: L("亏损客户数", "Loss-making customers"),
    rankedBuyers: L("参与排名的购买客户", "Ranked buyers"),
    cutoff: L("高价值门槛", "High-value cut-off"),
    highValue: L("高价值客户", "High-value customers"),
    influential: L("有影响力的客户", "Influential customers"),
    both: L("两者兼有", "Both"),
    rfmScored: L("有 RFM 分数的客户", "Customers with RFM scores"),
    churnAlerts: L("流失预警", "Churn alerts"),
    grade: (g: string): Localized =>
      g === "insufficient" ? L("资料不足", "Insufficient data") : L(`${g} 级`, `Grade ${g}`),
    light: { green: L("绿灯", "Green"), amber: L("黄灯", "Amber"), red: L("红灯", "Red") },
    zone: {
      safe: L("安全区", "Safe zone"),
      grey: L("灰色区", "Grey zone"),
      distress: L("困境区", "Distress zone"),
    },
  },
};

const PYRAMID: readonly PyramidLevel[] = ["VIP", "Major", "Ordinary", "Small", "Prospect"];
const LIFECYCLE: readonly LifecycleStatus[] = [
  "Prospect",
  "First-time",
  "Repeat",
  "Loyal",
  "Churned",
];
const GRADES = ["AAA", "AA", "A", "BBB", "BB", "B", "C", "insufficient"];
const LIGHTS = ["green", "amber", "red"] as const;
const ZONES = ["safe", "grey", "distress"] as const;

/** Labels run over A-D, numbers sit in E: six columns fit A4 portrait one page wide. */
const VALUE_COLUMN = 5;
const COLUMN_WIDTHS = [26, 12, 12, 12, 16, 10];

/** The handout's concepts with the run's own figures, in the Learn view's order. */
export function handoutBlocks(run: ScoreRun, lang: Lang): HandoutBlock[] {
  const s = run.tiers;
  const l = TEXT.label;
  const count = (label: Localized, value: number): HandoutFigure => ({
    label: label[lang],
    value,
    format: FORMATS.count,
  });
  const block = (
    id: keyof Pick<
      typeof TEXT,
      "pareto" | "pyramid" | "key" | "rfm" | "lifecycle" | "credit" | "altman"
    >,
    figures: HandoutFigure[]
  ): HandoutBlock => ({
    id,
    title: TEXT[id].title[lang],
    lines: localLines(TEXT[id].lines(run.settings.tiers), lang),
    figures,
  });
  const segments = Object.entries(s.segments).sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0])
  );
  return [
    block("pareto", [
      {
        label: l.totalValue(measureName(s.valueMeasure)[lang])[lang],
        value: s.totals.totalValue,
        format: FORMATS.money,
      },
      ...(["A", "B", "C"] as const).flatMap((c) => [
        count(l.classCount(c), s.abc.counts[c]),
        { label: l.classShare(c)[lang], value: s.abc.valueShares[c], format: FORMATS.percent },
      ]),
      count(l.lossMaking, s.totals.lossMaking),
    ]),
    block("pyramid", [
      count(l.rankedBuyers, s.totals.rankedBuyers),
      ...PYRAMID.map((level) => count(pyramidName(level), s.pyramid.counts[level])),
    ]),
    block("key", [
      { label: l.cutoff[lang], value: s.keyCustomers.highValueCutoff, format: FORMATS.money },
      count(l.highValue, s.keyCustomers.highValue),
      count(l.influential, s.keyCustomers.influential),
      count(l.both, s.keyCustomers.both),
    ]),
    block("rfm", [
      count(l.rfmScored, s.totals.rfmScored),
      ...segments.map(([segment, n]) => count(segmentName(segment), n)),
    ]),
    block("lifecycle", [
      ...LIFECYCLE.map((status) => count(lifecycleName(status), s.lifecycle[status])),
      count(l.churnAlerts, s.churnAlerts),
    ]),
    block("credit", [
      ...GRADES.map((g) => count(l.grade(g), run.credit.grades[g] ?? 0)),
      ...LIGHTS.map((light) => count(l.light[light], run.credit.lights[light])),
    ]),
    block(
      "altman",
      ZONES.map((zone) => count(l.zone[zone], run.credit.altmanZones[zone] ?? 0))
    ),
  ];
}

/**
 * The printable handout (issue 6): a heading, then one block per concept (title, two lines of
 * explanation, the workbook's own figures from the run) in columns A-F, A4 portrait one page wide,
 * with a page break after every block so each concept prints on its own page.
 */
export function buildHandoutSheet(run: ScoreRun, lang: Lang): PlanSheet {
  const cells: PlanCell[] = [
    {
      row: 1,
      column: 1,
      value: TEXT.heading(isoFromDay(run.asOf), scoredCount(run))[lang],
      style: "note",
    },
  ];
  const rowBreaks: number[] = [];
  let row = 3;
  for (const b of handoutBlocks(run, lang)) {
    if (row > 3) {
      rowBreaks.push(row - 1);
    }
    cells.push({ row, column: 1, value: b.title, style: "title" });
    cells.push({ row: row + 1, column: 1, value: b.lines[0], style: "note" });
    cells.push({ row: row + 2, column: 1, value: b.lines[1], style: "note" });
    row += 4;
    for (const f of b.figures) {
      cells.push({ row, column: 1, value: f.label, style: "label" });
      cells.push({ row, column: VALUE_COLUMN, value: f.value, format: f.format });
      row += 1;
    }
    row += 1;
  }
  const lastRow = row - 2;
  return {
    key: "handout",
    name: TEXT.sheet[lang],
    tables: [],
    cells,
    charts: [],
    conditionalFormats: [],
    columnWidths: COLUMN_WIDTHS,
    print: {
      paper: "A4",
      orientation: "portrait",
      fitToWidth: true,
      printArea: `A1:F${lastRow}`,
      rowBreaks,
    },
  };
}
