import type { Customer, CustomerField } from "../customer";
import type { CategoryIndicatorSetting } from "./credit-settings";

/** One category of a category indicator: its values, name and points. */
export type Category = CategoryIndicatorSetting["categories"][number];

/** The category a customer falls in on one category indicator; undefined = no data. */
export type CategoryMatcher = (customer: Customer) => Category | undefined;

function normalize(text: string): string {
  return text.trim().toLowerCase();
}

/**
 * Matches the indicator's text field against its categories, ignoring case and surrounding spaces:
 * the first category with a matching value wins; an empty or unknown text has no data. The values
 * are normalized once here, so a customer costs one normalization and one lookup.
 */
export function categoryMatcher(setting: CategoryIndicatorSetting): CategoryMatcher {
  const byValue = new Map<string, Category>();
  for (const category of setting.categories) {
    for (const value of category.values) {
      const key = normalize(value);
      if (!byValue.has(key)) byValue.set(key, category);
    }
  }
  // validate-scorecard.ts allows only text fields here.
  const field = setting.field as CustomerField;
  return (customer) => {
    const text = customer[field];
    if (typeof text !== "string") return undefined;
    const wanted = normalize(text);
    return wanted ? byValue.get(wanted) : undefined;
  };
}
