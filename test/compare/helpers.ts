import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Finding, MarkedText, Paragraph } from "../../src/core/types";
import { linesToParagraphs } from "../core/fixtures";

export const COMPARE = join(__dirname, "..", "fixtures", "compare");
export const MEMBERS = ["周婉清.txt", "韩立东.txt", "石慧敏-对照检查材料.txt"];

export function fixture(name: string): Paragraph[] {
  return linesToParagraphs(readFileSync(join(COMPARE, name), "utf8"));
}

/** The marked characters of a passage, joined by "|". */
export function marked({ text, marks }: MarkedText): string {
  return marks.map((m) => text.slice(m.offset, m.offset + m.length)).join("|");
}

export const only = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);
