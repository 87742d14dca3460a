import type { Template, TemplateField } from "../template/types";
import { normalizeLabel, stripBracketed } from "./normalize-label";

/** Field id for a header text, or null when the label names no template field. */
export type HeaderMatcher = (label: string) => string | null;

function candidates(field: TemplateField): string[] {
  return [field.name, field.title["zh-CN"], field.title["en-US"], ...(field.aliases ?? [])];
}

function remember(map: Map<string, string>, key: string, field: string): void {
  // The first field to claim a spelling keeps it: a template listing the same text twice is its own bug,
  // and a stable answer beats a silent change of meaning.
  if (key !== "" && !map.has(key)) map.set(key, field);
}

/**
 * Builds the header matcher for a template (domain.md §2, §8). A label matches a field by its id, its
 * zh-CN or en-US title or an alias, compared normalised (normalizeLabel). The whole label is compared
 * first against every candidate's whole form; only when nothing matches is the label without its
 * bracketed text compared with the candidates without theirs, so "Revenue (last year)" is revenue_prev
 * even though "Revenue" alone is revenue. Candidates of the earlier field win a collision.
 */
export function buildHeaderMatcher(template: Template): HeaderMatcher {
  const whole = new Map<string, string>();
  const bare = new Map<string, string>();
  for (const field of template.fields) {
    for (const text of candidates(field)) {
      remember(whole, normalizeLabel(text), field.name);
      remember(bare, normalizeLabel(stripBracketed(text)), field.name);
    }
  }
  return (label: string): string | null => {
    const key = normalizeLabel(label);
    if (key === "") return null;
    const exact = whole.get(key);
    if (exact !== undefined) return exact;
    // Most labels (and every data cell the repeated-header test asks about) have no brackets.
    const stripped = stripBracketed(label);
    const bareKey = stripped === label ? key : normalizeLabel(stripped);
    return bareKey === "" ? null : (bare.get(bareKey) ?? null);
  };
}
