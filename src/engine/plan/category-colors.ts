/**
 * Colours per category on the Dashboard's charts, so that a chart reads without its legend: credit
 * grades by their traffic light (domain.md §5: green AAA-A, amber BBB-BB, red B-C), tiers and levels
 * from the best (green) down, lost customers red, no data grey. Colour-blind readers still have the
 * category labels and data labels: colour is never the only carrier.
 */
const GREEN = "#5B9B45";
const LIGHT_GREEN = "#A9D18E";
const AMBER = "#F2B134";
const RED = "#C0504D";
const BLUE = "#4472C4";
const LIGHT_BLUE = "#9DC3E6";
const GREY = "#A5A5A5";

export const GRADE_COLORS: Record<string, string> = {
  AAA: GREEN,
  AA: GREEN,
  A: GREEN,
  BBB: AMBER,
  BB: AMBER,
  B: RED,
  C: RED,
  insufficient: GREY,
};

export const ABC_COLORS = { A: GREEN, B: AMBER, C: RED } as const;

export const PYRAMID_COLORS = {
  VIP: GREEN,
  Major: LIGHT_GREEN,
  Ordinary: BLUE,
  Small: LIGHT_BLUE,
  Prospect: GREY,
} as const;

export const LIFECYCLE_COLORS = {
  Loyal: GREEN,
  Repeat: BLUE,
  "First-time": LIGHT_BLUE,
  Churned: RED,
  Prospect: GREY,
} as const;
