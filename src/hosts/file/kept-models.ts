import type ExcelJS from "exceljs";

/**
 * ExcelJS models already built while reading a workbook's bytes, kept for the write that follows
 * (the CLI reads a file, scores it and writes the results into it): loading 100,000 rows a second
 * time costs seconds and a second model's memory. Keyed by the very bytes object, so a model is only
 * ever used for the bytes it was built from.
 */
const kept = new WeakMap<Uint8Array, ExcelJS.Workbook>();

/** Keeps `model`, built from exactly `bytes`, for one later takeModel(bytes). */
export function keepModel(bytes: Uint8Array, model: ExcelJS.Workbook): void {
  kept.set(bytes, model);
}

/** The model kept for `bytes`, handed out once: the writer changes it. */
export function takeModel(bytes: Uint8Array): ExcelJS.Workbook | undefined {
  const model = kept.get(bytes);
  kept.delete(bytes);
  return model;
}
