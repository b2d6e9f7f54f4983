/** Running a detector over every paragraph and pointing each finding at the characters it found. */
import type { Outline, RuleFinding } from "../../types";

/** What a detector reports: some characters of one paragraph's text. */
export interface Hit {
  offset: number;
  length: number;
}

/**
 * One finding per hit, paragraph by paragraph: `detect` finds the hits in a paragraph's text, `describe`
 * says what is wrong with one (message, fix); the finding points at the hit's characters.
 */
export function paragraphFindings<H extends Hit>(
  outline: Outline,
  detect: (text: string, index: number) => H[],
  describe: (hit: H, index: number, text: string) => Omit<RuleFinding, "paragraph" | "offset" | "length">,
): RuleFinding[] {
  return outline.paragraphs.flatMap((paragraph, index) =>
    detect(paragraph.text, index).map((hit) => ({
      paragraph: index,
      offset: hit.offset,
      length: hit.length,
      ...describe(hit, index, paragraph.text),
    })),
  );
}

/** Hits in text order, the first one kept where several cover the same characters. */
export function withoutOverlaps<H extends Hit>(hits: H[]): H[] {
  const sorted = [...hits].sort((a, b) => a.offset - b.offset || b.length - a.length);
  const kept: H[] = [];
  for (const hit of sorted) {
    const last = kept[kept.length - 1];
    if (last && hit.offset < last.offset + last.length) continue;
    kept.push(hit);
  }
  return kept;
}
