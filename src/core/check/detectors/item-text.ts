/** Locating an item's text in the document, and what kind of report it is. */
import type { Item, Outline, RuleContext } from "../../types";
import cues from "./cues.json";

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

/** Personal or team report: the chosen template says so, else the title and opening do (班子 → team). */
export function reportKind(ctx: RuleContext): "personal" | "team" {
  const chosen = ctx.options.expect?.kind;
  if (chosen) return chosen;
  const head = headParagraphs(ctx.outline)
    .map((i) => ctx.outline.paragraphs[i]?.text ?? "")
    .join("\n");
  return new RegExp(cues.teamMarkers).test(head) ? "team" : "personal";
}
