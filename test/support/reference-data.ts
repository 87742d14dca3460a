import { existsSync } from "fs";
import { join } from "path";

/** Where CI and developers keep the shared reference data: ../shared/data beside the clone. */
export const REFERENCE_DIR = join(__dirname, "..", "..", "..", "shared", "data");

/**
 * The path of a reference file, or null when it is absent (a clone elsewhere): the test then skips
 * with a one-line note. With REQUIRE_REFERENCE_DATA=1 (CI) a missing file fails instead.
 */
export function referenceFile(name: string): string | null {
  const file = join(REFERENCE_DIR, name);
  if (existsSync(file)) return file;
  if (process.env.REQUIRE_REFERENCE_DATA === "1")
    throw new Error(`reference data missing: ${file}`);
  console.log(`skipped: reference data not found at ${file}`);
  return null;
}
