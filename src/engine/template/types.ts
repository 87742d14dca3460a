import type { Localized } from "../../i18n/lang";

/** Field types, named as in Frictionless Table Schema. */
export type FieldType = "string" | "number" | "integer" | "boolean" | "date";

/** String formats: Frictionless's "email", plus "phone" (domain.md §8). */
export type FieldFormat = "default" | "email" | "phone";

/** The four parts of a customer file (domain.md §2), used for completeness. */
export type ArchivePart = "basic" | "credit" | "transactions" | "returns";

/** Constraints, named as in Frictionless Table Schema. */
export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  /** Allowed values, in their canonical (usually Chinese) spelling. */
  enum?: string[];
  minLength?: number;
  maxLength?: number;
}

export interface TemplateField {
  /** The field id (Frictionless "name"), e.g. "customer_id". */
  name: string;
  title: Localized;
  type: FieldType;
  format?: FieldFormat;
  constraints?: FieldConstraints;
  /** Other header texts that mean this field ("编号", "Customer No"). */
  aliases?: string[];
  /** Other spellings accepted for an enum value: canonical value -> accepted spellings. */
  enumSynonyms?: Record<string, string[]>;
  part?: ArchivePart;
  /** Completeness weight inside its part; default 1 (fields weigh equally inside their part). */
  weight?: number;
  /** A date that must not be after the as-of date (future-date finding). */
  past?: boolean;
}

export interface Template {
  id: string;
  title: Localized;
  /** Version of the template format, for migration. */
  version: 1;
  fields: TemplateField[];
  /** Completeness weight of each archive part; default basic 40, credit 30, transactions 20, returns 10. */
  partWeights?: Partial<Record<ArchivePart, number>>;
}
