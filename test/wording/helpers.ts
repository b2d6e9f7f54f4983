/** Test helpers: fixtures as paragraphs, the wording rules run through the real pipeline, hand-built outlines. */
import * as fs from "fs";
import * as path from "path";
import { check } from "../../src/core/check";
import { punctuationRule } from "../../src/core/check/rules/punctuation";
import { rulesIn } from "../../src/core/check/rules";
import { bareOutline } from "../support/bare-outline";
import { linesToParagraphs } from "../core/fixtures";
import type { CheckOptions, Finding, Item, Paragraph, Rule } from "../../src/core/types";

export const FIXTURES = path.join(__dirname, "..", "fixtures", "wording");

/** One paragraph per line (the report fixtures' reading). */
export const lines = linesToParagraphs;

export function fixture(name: string): Paragraph[] {
  return lines(fs.readFileSync(path.join(FIXTURES, name), "utf8"));
}

/** The wording rules and the punctuation rule: what a proofreader looks at. */
const wordingRules = [...rulesIn("wording"), punctuationRule];

export function runWording(paragraphs: Paragraph[], options: CheckOptions = {}): Finding[] {
  return check(paragraphs, options, wordingRules).findings;
}

/** The characters a finding points at. */
export function spanText(paragraphs: Paragraph[], f: Finding): string | undefined {
  if (f.offset === undefined) return undefined;
  return paragraphs[f.paragraph]?.text.slice(f.offset, f.offset + (f.length ?? 0));
}

/** Runs one rule over plain paragraphs (no structure needed). */
export function runRule(rule: Rule, texts: string[], options: CheckOptions = {}) {
  const outline = bareOutline(texts.map((text) => ({ text })));
  return rule.check({ outline, links: [], options });
}

export { bareOutline };

/** An item whose text is the whole paragraph after a literal number such as "1." or "（一）". */
export function item(
  kind: Item["kind"],
  id: string,
  paragraphs: Paragraph[],
  index: number,
  aspect?: number,
): Item {
  const text = paragraphs[index]?.text ?? "";
  const prefix = /^(?:[（(][一二三四五六七八九十]+[）)]|\d+[.．、])/.exec(text)?.[0] ?? "";
  const body = text.slice(prefix.length);
  const title = /^[^。；！？]*[。；！？]?/.exec(body)?.[0] ?? body;
  return {
    id,
    kind,
    number: prefix.replace(/[（）().．、]/g, ""),
    numbering: null,
    paragraph: index,
    start: index,
    end: index + 1,
    offset: prefix.length,
    title,
    text: body,
    ...(aspect !== undefined ? { aspect } : {}),
  };
}
