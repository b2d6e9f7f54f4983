/** Locating an item's text in the document, and the report's head (title and opening). */
import type { Item, Outline, RuleFinding } from "../../types";

/** One stretch of an item's text inside one paragraph. */
export interface ItemPiece {
  paragraph: number;
  /** Offset of `text` in the paragraph's text. */
  offset: number;
  text: string;
}

/** Maps an item's lines back to the paragraphs that hold them, so findings can point at exact characters. */
export function itemPieces(outline: Outline, item: Item): ItemPiece[] {
  const pieces: ItemPiece[] = [];
  const last = Math.max(item.end, item.start + 1);
  let p = item.start;
  item.text.split("\n").forEach((line, lineIndex) => {
    if (!line) return;
    for (let q = p; q < last; q++) {
      const text = outline.paragraphs[q]?.text ?? "";
      const at = text.indexOf(line, q === item.start && lineIndex === 0 ? item.offset : 0);
      if (at >= 0) {
        pieces.push({ paragraph: q, offset: at, text: line });
        p = q + 1;
        return;
      }
    }
  });
  if (!pieces.length) pieces.push({ paragraph: item.paragraph, offset: -1, text: item.text });
  return pieces;
}

/** Where a finding about the item as a whole points: its lead sentence. */
export function titleSpan(
  outline: Outline,
  item: Item,
): { paragraph: number; offset?: number; length?: number } {
  const text = outline.paragraphs[item.paragraph]?.text ?? "";
  const at = item.title ? text.indexOf(item.title, item.offset) : -1;
  return at >= 0
    ? { paragraph: item.paragraph, offset: at, length: item.title.length }
    : { paragraph: item.paragraph };
}

/** Paragraph indices of the title and the opening (everything before the first part). */
export function headParagraphs(outline: Outline): number[] {
  const end = outline.parts[0]?.start ?? outline.opening?.end ?? 0;
  const out: number[] = [];
  for (let i = 0; i < end; i++) out.push(i);
  // Indices below `end` are in already: a long opening costs its length, not its square.
  if (outline.opening)
    for (let i = Math.max(outline.opening.start, end); i < outline.opening.end; i++) out.push(i);
  return out;
}

/** A finding about an item as a whole: on its lead sentence. */
export function itemFinding(outline: Outline, item: Item, message: string): RuleFinding {
  return { ...titleSpan(outline, item), items: [item.id], message };
}

/** Some words `find` reports in an item's text: where they start and what they are. */
export interface ItemMatch {
  offset: number;
  text: string;
}

/** Every match of the patterns (each with the g flag) in `text`, pattern by pattern; overlaps are kept. */
export function patternMatches(patterns: RegExp[], text: string): ItemMatch[] {
  return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => ({ offset: m.index ?? 0, text: m[0] })));
}

/** One finding per match of `find` in the items' text, pointing at the match where its paragraph is known. */
export function matchFindings(
  outline: Outline,
  items: Item[],
  find: (text: string) => ItemMatch[],
  describe: (item: Item, match: string) => string,
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const item of items) {
    for (const piece of itemPieces(outline, item)) {
      for (const m of find(piece.text)) {
        findings.push({
          paragraph: piece.paragraph,
          ...(piece.offset >= 0 ? { offset: piece.offset + m.offset, length: m.text.length } : {}),
          items: [item.id],
          message: describe(item, m.text),
        });
      }
    }
  }
  return findings;
}
