/**
 * Addressing characters inside a paragraph with WordApi 1.3 only. Word has no "range at offset"; it has
 * `paragraph.search()` (255 characters at most) and `RangeCollection.getFirst()`. We search for a string
 * whose FIRST occurrence in the paragraph ends exactly where the span ends, then trim its known prefix
 * with `expandTo`, so everything is queued without reading the search results (no extra sync).
 */

export const SEARCH_LIMIT = 255;

/** One searchable piece: the span is the end of `search`'s first occurrence, after `prefix`. */
export interface SearchPiece {
  search: string;
  /** Leading characters of `search` that are not part of the span ("" when the span starts the match). */
  prefix: string;
}

export type SpanPlan =
  | { kind: "start" } //                          collapsed at the paragraph start
  | { kind: "end" } //                            collapsed at the paragraph end
  | { kind: "after"; piece: SearchPiece } //      collapsed right after a piece
  | { kind: "pieces"; pieces: SearchPiece[] } //  consecutive pieces, joined with expandTo
  | { kind: "whole" }; //                         fallback: the span could not be addressed exactly

/** The piece for [a, b), or null when no search string of at most 255 characters reaches it. */
function pieceFor(text: string, a: number, b: number): SearchPiece | null {
  for (let s = a; s >= 0 && b - s <= SEARCH_LIMIT; s--) {
    const search = text.slice(s, b);
    if (text.indexOf(search) === s) return { search, prefix: text.slice(s, a) };
  }
  return null;
}

function piecesFor(text: string, a: number, b: number): SearchPiece[] | null {
  const whole = pieceFor(text, a, b);
  if (whole) return [whole];
  if (b - a <= 1) return null;
  const mid = a + Math.min(Math.floor((b - a) / 2), 128);
  const left = piecesFor(text, a, mid);
  const right = left && piecesFor(text, mid, b);
  return left && right ? [...left, ...right] : null;
}

/** How to reach characters [offset, offset + length) of a paragraph whose text is `text`. */
export function planSpan(text: string, offset: number, length: number): SpanPlan {
  const a = offset;
  const b = offset + length;
  if (length === 0) {
    if (a === 0) return { kind: "start" };
    if (a === text.length) return { kind: "end" };
    const piece = pieceFor(text, a - 1, a);
    return piece ? { kind: "after", piece } : { kind: "whole" };
  }
  const pieces = piecesFor(text, a, b);
  return pieces ? { kind: "pieces", pieces } : { kind: "whole" };
}

/** Word search treats "^" as an escape character: "^^" is a literal caret. */
export function escapeSearch(s: string): string {
  return s.replace(/\^/g, "^^");
}

function pieceRange(paragraph: Word.Paragraph, piece: SearchPiece): Word.Range {
  const found = paragraph.search(escapeSearch(piece.search), { matchCase: true }).getFirst();
  if (piece.prefix === "") return found;
  const prefix = found.search(escapeSearch(piece.prefix), { matchCase: true }).getFirst();
  return prefix.getRange("End").expandTo(found.getRange("End"));
}

/** Queues (no sync) the proxies that address the span; the caller selects or replaces it. */
export function spanRange(paragraph: Word.Paragraph, plan: SpanPlan): Word.Range {
  switch (plan.kind) {
    case "start":
      return paragraph.getRange("Start");
    case "end":
      return paragraph.getRange("End");
    case "after":
      return pieceRange(paragraph, plan.piece).getRange("End");
    case "whole":
      return paragraph.getRange("Content");
    case "pieces": {
      const ranges = plan.pieces.map((p) => pieceRange(paragraph, p));
      const first = ranges[0]!;
      return ranges.length === 1 ? first : first.expandTo(ranges[ranges.length - 1]!);
    }
  }
}
