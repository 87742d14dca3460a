import type { WorkbookPlan } from "../../../engine/plan/workbook-plan";
import type { Localized } from "../../../i18n/lang";
import { applyPlanByParts, applyPlanInPieces } from "../add/apply-plan-by-parts";
import type { ZipCodec } from "../xlsx/zip-codec";

export interface ApplyPlanOptions {
  /** Kept for callers that still pass it: nothing of a workbook is lost any more, so nothing needs forcing. */
  force?: boolean;
  /** The file's name, for error messages. */
  name?: string;
  /** Inflate, DEFLATE and CRC-32 for the package (the CLI passes Node's zlib); fflate's otherwise. */
  compressor?: ZipCodec;
  /** Told what was done beyond the plan (text typed into the add-in's sheets, moved), in both languages. */
  onNotice?: (message: Localized) => void;
}

/**
 * Applies a plan to a workbook's bytes and returns the new workbook's bytes (the input is never
 * changed), by adding parts: see applyPlanByParts (src/hosts/file/add/apply-plan-by-parts.ts).
 * Throws FileReadError for bytes that are not a readable workbook, PlanApplyError for a plan that
 * contradicts itself or sheets that look like the add-in's but cannot be confirmed.
 */
export async function applyPlanToXlsx(
  input: Uint8Array,
  plan: WorkbookPlan,
  options: ApplyPlanOptions = {}
): Promise<Uint8Array> {
  return applyPlanByParts(input, plan, {
    name: options.name,
    compressor: options.compressor,
    onNotice: options.onNotice,
  });
}

/** applyPlanToXlsx's workbook as the pieces of its zip, for a caller that writes them in turn. */
export async function applyPlanToXlsxInPieces(
  input: Uint8Array,
  plan: WorkbookPlan,
  options: ApplyPlanOptions = {}
): Promise<Uint8Array[]> {
  return applyPlanInPieces(input, plan, {
    name: options.name,
    compressor: options.compressor,
    onNotice: options.onNotice,
  });
}
