import type { TemplateField } from "../template/types";

/** Spelling key for enum values: case, white space and full-width forms do not count. */
function enumKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

// One lookup per field object, built on first use: a reader runs per cell and must not rebuild it.
const cache = new WeakMap<TemplateField, ReadonlyMap<string, string>>();

function build(field: TemplateField): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const value of field.constraints?.enum ?? []) {
    const key = enumKey(value);
    if (!map.has(key)) map.set(key, value);
  }
  for (const [value, spellings] of Object.entries(field.enumSynonyms ?? {})) {
    for (const spelling of spellings) {
      const key = enumKey(spelling);
      if (!map.has(key)) map.set(key, value);
    }
  }
  return map;
}

/**
 * The canonical enum value that a text spells (the value itself or one of field.enumSynonyms, compared
 * ignoring case, white space and full-width forms), or null when the field has no enum or the text
 * names none of its values. Canonical values win over synonyms that spell the same.
 */
export function enumLookup(field: TemplateField, text: string): string | null {
  if (field.constraints?.enum === undefined && field.enumSynonyms === undefined) return null;
  let map = cache.get(field);
  if (map === undefined) {
    map = build(field);
    cache.set(field, map);
  }
  return map.get(enumKey(text)) ?? null;
}
