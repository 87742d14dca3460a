import { ENTERPRISE_TEMPLATE } from "./enterprise";
import { INDIVIDUAL_TEMPLATE } from "./individual";
import { TRANSACTIONS_TEMPLATE } from "./transactions";
import type { Template } from "./types";

/** The three built-in templates, enterprise first (the default for a customer sheet). */
export const BUILTIN_TEMPLATES: readonly Template[] = [
  ENTERPRISE_TEMPLATE,
  INDIVIDUAL_TEMPLATE,
  TRANSACTIONS_TEMPLATE,
];

/** The built-in template with this id ("enterprise", "individual", "transactions"), or undefined. */
export function getBuiltinTemplate(id: string): Template | undefined {
  return BUILTIN_TEMPLATES.find((t) => t.id === id);
}
