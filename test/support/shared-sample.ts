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

/** What every reading of the sample finds (the text, the CLI, the .docx forms): parts, aspects, items. */
export const SAMPLE_OUTLINE = {
  roles: ["problems", "causes", "measures"],
  aspects: 5,
  problems: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
  causes: 3,
  measures: 3,
};
