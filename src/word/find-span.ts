/**
 * Locating characters of a paragraph by searching for the characters themselves, resolved before anything
 * is written. Walking from the paragraph start (./spans.ts) needs every character before the span to be
 * searchable, which tracked deletions break: Word's search neither finds deleted text nor matches across
 * it (office-js #5874). Here the span's own text is searched in the paragraph and the match whose place
 * among Word's matches equals its place among the matches in the current text is taken. Queue, sync once,
 * then `range()` gives the range, or null when Word's matches do not agree with the text (the caller
 * skips it and says so).
 */
import { escapeSearch, fitLength } from "./spans";

/** Start offsets of the non-overlapping matches of `needle` in `text`, left to right, as Word finds them. */
export function matchStarts(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === "") return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

/** Characters from the end of `s` that fit one search (see fitLength). */
function fitTailLength(s: string): number {
  const reversed = [...s].reverse().join("");
  return fitLength(reversed);
}

export interface FoundSpan {
  /** After the sync: the span's range, or null when it could not be found for sure. */
  range(): Word.Range | null;
}

const NOTHING: FoundSpan = { range: () => null };

/** Queues the search for text[at, at + needle.length) of `paragraph` (whose current text is `text`). */
function queueMatch(paragraph: Word.Paragraph, text: string, needle: string, at: number): FoundSpan {
  const starts = matchStarts(text, needle);
  const k = starts.indexOf(at);
  if (k < 0) return NOTHING;
  const hits = paragraph.search(escapeSearch(needle), { matchCase: true });
  hits.load("text");
  return { range: () => (hits.items.length === starts.length ? (hits.items[k] ?? null) : null) };
}

/**
 * Queues what finds characters [offset, offset + length) of `paragraph`, whose current text (tracked
 * deletions left out) is `text`. An empty span is the point after the character before it.
 */
export function queueFindSpan(
  paragraph: Word.Paragraph,
  text: string,
  offset: number,
  length: number,
): FoundSpan {
  if (offset < 0 || length < 0 || offset + length > text.length) return NOTHING;
  if (length === 0) {
    if (offset === 0) return { range: () => paragraph.getRange("Start") };
    const before = queueFindSpan(paragraph, text, offset - 1, 1);
    return { range: () => before.range()?.getRange("End") ?? null };
  }
  const needle = text.slice(offset, offset + length);
  const head = fitLength(needle);
  if (head === needle.length) return queueMatch(paragraph, text, needle, offset);
  // Longer than one search: the first and the last searchable pieces, joined.
  const tail = fitTailLength(needle);
  const first = queueMatch(paragraph, text, needle.slice(0, head), offset);
  const last = queueMatch(paragraph, text, needle.slice(needle.length - tail), offset + length - tail);
  return {
    range: () => {
      const a = first.range();
      const b = last.range();
      return a && b ? a.expandTo(b) : null;
    },
  };
}
