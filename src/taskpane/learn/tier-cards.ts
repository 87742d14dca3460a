import { lifecycleName, pyramidName } from "../../engine/explain/tiers/level-name";
import { measureName } from "../../engine/explain/tiers/measure-name";
import { segmentName } from "../../engine/explain/tiers/segment-name";
import { stageName } from "../../engine/explain/tiers/stage-name";
import { rfmGrid } from "../../engine/plan/build-dashboard-sheet";
import { customerLifetimeValue } from "../../engine/models/tiers/clv";
import type { LifecycleStatus } from "../../engine/models/tiers/lifecycle";
import type { PyramidLevel } from "../../engine/models/tiers/pyramid";
import type { RelationshipStage } from "../../engine/models/tiers/relationship-stage";
import { scoreSummary } from "../model/score-summary";
import {
  columnRange,
  customerCell,
  valueField,
  type LearnCard,
  type LearnFigure,
} from "./learn-card";
import type { LearnContext } from "./learn-context";
import { findScoredCustomer } from "../../engine/scored-customers";

const PYRAMID: readonly PyramidLevel[] = ["VIP", "Major", "Ordinary", "Small", "Prospect"];
const LIFECYCLE: readonly LifecycleStatus[] = [
  "Prospect",
  "First-time",
  "Repeat",
  "Loyal",
  "Churned",
];
const STAGES: readonly RelationshipStage[] = ["exploration", "formation", "stability", "decline"];

function count(key: string, label: string, n: number): LearnFigure {
  return { key, label, value: String(n), number: n };
}

/** Pareto / ABC: counts and value shares of A, B and C, the net total, loss-makers. */
export function paretoCard(c: LearnContext): LearnCard {
  const { run, t } = c;
  const s = run.tiers;
  const figures: LearnFigure[] = [
    {
      key: "total",
      label: t("learnTotalValue", { measure: measureName(s.valueMeasure)[c.lang] }),
      value: c.money(s.totals.totalValue),
      number: s.totals.totalValue,
    },
  ];
  for (const tier of ["A", "B", "C"] as const) {
    figures.push(count(`${tier}.count`, t("learnClassCount", { tier }), s.abc.counts[tier]));
    figures.push({
      key: `${tier}.share`,
      label: t("learnClassShare", { tier }),
      value: c.share(s.abc.valueShares[tier]),
      number: s.abc.valueShares[tier],
    });
  }
  figures.push(count("lossMaking", t("learnLossMaking"), s.totals.lossMaking));
  const field = valueField(run);
  return {
    id: "pareto",
    title: t("learnParetoTitle"),
    explanation: t("learnParetoText"),
    formula: t("learnParetoFormula"),
    figures,
    showMe: field ? columnRange(run, field) : null,
  };
}

/** The customer pyramid: count per level, the cut-off ranks, the example customer's level. */
export function pyramidCard(c: LearnContext): LearnCard {
  const { run, t, scored } = c;
  const p = run.tiers.pyramid;
  const figures: LearnFigure[] = [
    count("rankedBuyers", t("learnRankedBuyers"), run.tiers.totals.rankedBuyers),
    {
      key: "cutoffs",
      label: t("learnCutoffs"),
      value: `${p.cutoffs.vip} / ${p.cutoffs.major} / ${p.cutoffs.ordinary}`,
    },
    ...PYRAMID.map((level) => count(level, pyramidName(level)[c.lang], p.counts[level])),
  ];
  if (scored) {
    const level = scored.tiers.pyramid;
    figures.push({
      key: "customer",
      label: `${t("learnCustomerLevel")}: ${c.who}`,
      value: level ? pyramidName(level)[c.lang] : t("learnNone"),
    });
  }
  const field = valueField(run);
  return {
    id: "pyramid",
    title: t("learnPyramidTitle"),
    explanation: t("learnPyramidText"),
    formula: t("learnPyramidFormula"),
    figures,
    showMe: scored && field ? customerCell(run, scored, field) : null,
  };
}

/** Key customers: the high-value cut-off and how many are high-value, influential or both. */
export function keyCustomersCard(c: LearnContext): LearnCard {
  const { run, t } = c;
  const k = run.tiers.keyCustomers;
  const field = valueField(run);
  return {
    id: "key",
    title: t("learnKeyTitle"),
    explanation: t("learnKeyText"),
    formula: t("learnKeyFormula"),
    figures: [
      count("highValueCutoff", t("learnHighValueCutoff"), k.highValueCutoff),
      count("highValue", t("learnHighValue"), k.highValue),
      count("influential", t("learnInfluential"), k.influential),
      count("both", t("learnBoth"), k.both),
    ],
    showMe: columnRange(run, "influence") ?? (field ? columnRange(run, field) : null),
  };
}

/** RFM: the breaks used, the 5 x 5 grid of counts (R rows 5..1, FM columns 1..5), the example's scores. */
export function rfmCard(c: LearnContext): LearnCard {
  const { run, t, scored } = c;
  const breaks = run.tiers.rfmBreaks;
  const figures: LearnFigure[] = [count("scored", t("learnRfmScored"), run.tiers.totals.rfmScored)];
  if (breaks) {
    for (const axis of ["r", "f", "m"] as const) {
      figures.push({
        key: `breaks.${axis}`,
        label: t("learnRfmBreaks", { axis: axis.toUpperCase() }),
        value: breaks[axis].map((b) => c.num(b)).join(" / "),
      });
    }
  }
  const rfm = scored?.tiers.rfm ?? null;
  if (scored) {
    figures.push({
      key: "customer",
      label: `${t("learnCustomerRfm")}: ${c.who}`,
      value: rfm
        ? `${rfm.r} / ${rfm.f} / ${rfm.m} · ${t("learnSegment")} ${segmentName(rfm.segment)[c.lang]}`
        : t("learnNone"),
    });
  }
  const grid = rfmGrid(run);
  return {
    id: "rfm",
    title: t("learnRfmTitle"),
    explanation: t("learnRfmText"),
    formula: t("learnRfmFormula"),
    figures,
    table: {
      corner: "R \\ FM",
      columns: ["1", "2", "3", "4", "5"],
      rows: grid.map((cells, i) => ({
        label: String(5 - i),
        cells: cells.map(String),
        numbers: cells,
      })),
    },
    showMe: scored && rfm ? customerCell(run, scored, "last_purchase") : null,
  };
}

/** Lifecycle status and relationship stage: counts of each, the example customer's. */
export function lifecycleCard(c: LearnContext): LearnCard {
  const { run, t, scored } = c;
  const s = run.tiers;
  const figures: LearnFigure[] = [
    ...LIFECYCLE.map((status) => count(status, lifecycleName(status)[c.lang], s.lifecycle[status])),
    ...STAGES.map((stage) =>
      count(`stage.${stage}`, t("learnStage", { stage: stageName(stage)[c.lang] }), s.stages[stage])
    ),
  ];
  if (scored) {
    const { lifecycle, stage } = scored.tiers;
    figures.push({
      key: "customer",
      label: `${t("learnCustomerStatus")}: ${c.who}`,
      value:
        lifecycle && stage
          ? `${lifecycleName(lifecycle)[c.lang]} · ${stageName(stage)[c.lang]}`
          : t("learnNone"),
    });
  }
  return {
    id: "lifecycle",
    title: t("learnLifecycleTitle"),
    explanation: t("learnLifecycleText"),
    formula: t("learnLifecycleFormula"),
    figures,
    showMe: scored ? customerCell(run, scored, "orders") : null,
  };
}

/** Churn alerts: how many, and the largest customer on alert, whose last purchase "Show me" selects. */
export function churnCard(c: LearnContext): LearnCard {
  const { run, t } = c;
  const summary = scoreSummary(run);
  const first = [summary.calls[0], summary.winBacks[0]]
    .filter((a) => a !== undefined)
    .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.row - b.row)[0];
  const figures: LearnFigure[] = [count("alerts", t("learnChurnAlerts"), run.tiers.churnAlerts)];
  const onAlert = first
    ? (findScoredCustomer(run, (x) => x.customer.row === first.row) ?? undefined)
    : undefined;
  if (first) {
    figures.push({
      key: "first",
      label: t("learnFirstAlert"),
      value: `${first.customerId} ${first.name ?? ""}`.trim(),
    });
  }
  return {
    id: "churn",
    title: t("learnChurnTitle"),
    explanation: t("learnChurnText"),
    formula: t("learnChurnFormula"),
    figures,
    showMe: onAlert ? customerCell(run, onAlert, "last_purchase") : null,
  };
}

/** Lifetime value: the formula filled in with the example customer's value, tenure and result. */
export function clvCard(c: LearnContext): LearnCard {
  const { run, t, scored } = c;
  const settings = run.settings.tiers.clv;
  const value = scored?.tiers.value ?? null;
  // The engine's own function, for the intermediate numbers the run keeps only the result of.
  const clv = scored ? customerLifetimeValue(value, scored.customer, run.asOf, settings) : null;
  const figures: LearnFigure[] = [
    { key: "customer", label: t("learnCustomer"), value: c.who },
    { key: "value", label: t("learnValue"), value: c.money(value), number: value },
    {
      key: "tenure",
      label: t("learnTenure"),
      value: c.num(clv?.tenureYears ?? null),
      number: clv?.tenureYears ?? null,
    },
    {
      key: "yearly",
      label: t("learnYearly"),
      value: c.money(clv?.yearlyValue ?? null),
      number: clv?.yearlyValue ?? null,
    },
    {
      key: "multiplier",
      label: t("learnMultiplier"),
      value: c.num(clv?.multiplier ?? null, 4),
      number: clv?.multiplier ?? null,
    },
    {
      key: "clv",
      label: t("learnClv"),
      value: c.money(scored?.tiers.clv ?? null),
      number: scored?.tiers.clv ?? null,
    },
  ];
  const field = valueField(run);
  return {
    id: "clv",
    title: t("learnClvTitle"),
    explanation: t("learnClvText"),
    formula: t("learnClvFormula", {
      years: settings.years,
      r: settings.retention,
      d: settings.discount,
    }),
    figures,
    showMe: scored && field ? customerCell(run, scored, field) : null,
  };
}

/** Why it matters (domain.md §7): the figures trainers quote beside this workbook's own. */
export function whyCard(c: LearnContext): LearnCard {
  const { run, t } = c;
  const s = run.tiers;
  const field = valueField(run);
  return {
    id: "why",
    title: t("learnWhyTitle"),
    explanation: t("learnWhyText"),
    formula: t("learnWhyFormula"),
    figures: [
      {
        key: "topShare",
        label: t("learnWhyTop", { count: s.mix.topCount }),
        value: c.share(s.mix.topValueShare),
        number: s.mix.topValueShare,
      },
      { key: "topQuoted", label: t("learnWhyTopQuoted"), value: "150%" },
      count("churn", t("learnWhyChurn"), s.churnAlerts),
      count("repeat", t("learnWhyRepeat"), s.lifecycle.Repeat + s.lifecycle.Loyal),
      { key: "sell", label: t("learnWhySell"), value: "6% / 15% / 50%" },
    ],
    showMe: field ? columnRange(run, field) : null,
  };
}
