import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import type { Paragraph } from "../../src/core/types";

export const REPORTS = join(__dirname, "..", "fixtures", "reports");

/** One paragraph per line; the newline that ends the file does not open another paragraph. */
export function linesToParagraphs(text: string): Paragraph[] {
  return text
    .replace(/\r?\n$/, "")
    .split(/\r?\n/)
    .map((line) => ({ text: line }));
}

export function readReport(path: string): Paragraph[] {
  const raw = readFileSync(path, "utf8");
  return path.endsWith(".json") ? (JSON.parse(raw) as Paragraph[]) : linesToParagraphs(raw);
}

/** Fixture names with their paragraph file (.txt or .paragraphs.json). */
export function fixtureNames(): { name: string; file: string }[] {
  return readdirSync(REPORTS)
    .filter((f) => f.endsWith(".txt") || f.endsWith(".paragraphs.json"))
    .map((f) => ({ name: f.replace(/\.paragraphs\.json$|\.txt$/, ""), file: join(REPORTS, f) }));
}

export const lines = (...texts: string[]): Paragraph[] => texts.map((text) => ({ text }));
