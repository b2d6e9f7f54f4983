/**
 * The link corpus (test/fixtures/corpus): reports written apart from the matcher, their gold links and the
 * fixed fit/test split. Shared by the corpus tests, `npm run bench` and `npm run fit`.
 */
import { existsSync, readFileSync, readdirSync } from "fs";
import { join } from "path";
import { readText } from "../../src/readers/read-text";
import type { Paragraph } from "../../src/core/types";

export const CORPUS_DIR = join(process.cwd(), "test/fixtures/corpus");

export interface GoldProblem {
  key: string;
  causes: string[];
  measures: string[];
}

export interface GoldFile {
  id: string;
  meta: { year: string; meeting: string; kind: "personal" | "team"; unit: string; writer: string };
  problems: GoldProblem[];
  causes: { key: string }[];
  measures: { key: string }[];
  notes?: string[];
}

export type SplitName = "fit" | "test";

export interface CorpusReport {
  id: string;
  split: SplitName;
  paragraphs: Paragraph[];
  gold: GoldFile;
}

export function readSplit(): Record<SplitName, string[]> {
  return JSON.parse(readFileSync(join(CORPUS_DIR, "split.json"), "utf8")) as Record<SplitName, string[]>;
}

/** The ids of every report in the corpus folder (a .txt beside a .gold.json). */
export function corpusIds(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .filter(
      (f) => f.endsWith(".gold.json") && existsSync(join(CORPUS_DIR, f.replace(/\.gold\.json$/, ".txt"))),
    )
    .map((f) => f.slice(0, -".gold.json".length))
    .sort();
}

export function readGold(id: string): GoldFile {
  return JSON.parse(readFileSync(join(CORPUS_DIR, `${id}.gold.json`), "utf8")) as GoldFile;
}

/** The paragraphs of a report as the command line reads the .txt file. */
export function readParagraphs(id: string): Paragraph[] {
  return readText(new Uint8Array(readFileSync(join(CORPUS_DIR, `${id}.txt`))));
}

/** The reports of the given splits, in split order. The test split is read only when asked for. */
export function corpusReports(splits: SplitName[]): CorpusReport[] {
  const split = readSplit();
  return splits.flatMap((name) =>
    split[name].map((id) => ({ id, split: name, paragraphs: readParagraphs(id), gold: readGold(id) })),
  );
}
