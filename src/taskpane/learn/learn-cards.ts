import type { ScoreRun } from "../../engine/score-workbook";
import type { Lang } from "../../i18n/lang";
import { btydCard } from "./btyd-card";
import { chosenCustomer } from "./chosen-customer";
import { ahpCard, altmanCard, fiveCCard, fivePCard, fuzzyCard } from "./credit-cards";
import type { LearnCard } from "./learn-card";
import { learnContext } from "./learn-context";
import { woeCard } from "./woe-card";
import {
  churnCard,
  clvCard,
  keyCustomersCard,
  lifecycleCard,
  paretoCard,
  pyramidCard,
  rfmCard,
  whyCard,
} from "./tier-cards";

export type { LearnCard, LearnFigure, LearnTable } from "./learn-card";

/**
 * The Learn view's cards, one per concept of domain.md §4-§7, filled in from a scoring run only
 * (counts, shares, breaks and points come from the engine, never recomputed here). Worked examples
 * use the customer on `customerRow`, else the top-ranked customer.
 */
export function learnCards(run: ScoreRun, customerRow: number | null, lang: Lang): LearnCard[] {
  const c = learnContext(run, chosenCustomer(run, customerRow), lang);
  return [
    paretoCard(c),
    pyramidCard(c),
    keyCustomersCard(c),
    rfmCard(c),
    lifecycleCard(c),
    churnCard(c),
    clvCard(c),
    // Only when the run fitted BG/NBD on the class's purchases.
    ...[btydCard(c)].filter((card): card is LearnCard => card !== null),
    fiveCCard(c),
    fivePCard(c),
    ahpCard(c),
    fuzzyCard(c),
    altmanCard(c),
    whyCard(c),
    // Only when the class scored with its own fitted scorecard.
    ...[woeCard(c)].filter((card): card is LearnCard => card !== null),
  ];
}
