import { existsSync, readFileSync } from "fs";
import { join } from "path";

/** The real sample report beside the repository (../shared): read-only, and absent where shared/ is not laid. */
export const SAMPLE_PATH = join(
  __dirname,
  "..",
  "..",
  "..",
  "shared",
  "samples",
  "2021-organization-life-report.txt",
);
export const hasSample = existsSync(SAMPLE_PATH);
export const describeWithSample = hasSample ? describe : describe.skip;

/** One line = one paragraph; the newline that ends the file opens none. */
export function sampleLines(): string[] {
  return hasSample
    ? readFileSync(SAMPLE_PATH, "utf8")
        .replace(/\r?\n$/, "")
        .split(/\r?\n/)
    : [];
}
