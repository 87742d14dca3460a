/**
 * The bad inputs too big to store: huge-inputs.test.ts generates each into a temporary folder.
 * docs/bad-inputs.md lists them beside the stored fixtures.
 */
export const GENERATED_INPUTS: Record<string, { outcome: "read" | "refused" }> = {
  "rows-1048576.csv": { outcome: "read" },
  "columns-16384.xlsx": { outcome: "read" },
  "columns-16384.csv": { outcome: "read" },
  "directory.csv": { outcome: "refused" },
  "missing-file.xlsx": { outcome: "refused" },
};
