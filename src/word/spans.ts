/**
 * Addressing characters inside a paragraph with WordApi 1.3 only. Word has no "range at offset"; it has
 * `search()` (255 characters at most), `RangeCollection.getFirst()` and `Range.expandTo()`. We walk from
 * the paragraph start in chunks: each chunk is searched in the range that starts where the previous one
 * ended, so its first match starts exactly there, whatever repeats elsewhere. Everything is queued
 * without reading search results, so addressing a span costs no extra sync.
 */

export const SEARCH_LIMIT = 255;

/** Chunks of the text before the span, then of the span itself, each one search of 255 characters at most. */
export interface SpanPlan {
  before: string[];
  inside: string[];
}

/** Word search treats "^" as an escape character: "^^" is a literal caret. */
export function escapeSearch(s: string): string {
  return s.replace(/\^/g, "^^");
}

const isHighSurrogate = (s: string, i: number): boolean => /[\uD800-\uDBFF]/.test(s[i] ?? "");

/**
 * How many characters from the start of `s` fit one search: the escaped form counts toward Word's 255
 * (office-js #1726), and a cut never falls inside a surrogate pair (a rare CJK character or an emoji).
 */
export function fitLength(s: string): number {
  let escaped = 0;
  let i = 0;
  while (i < s.length) {
    const step = isHighSurrogate(s, i) ? 2 : 1;
    const cost = s[i] === "^" ? 2 : step;
    if (escaped + cost > SEARCH_LIMIT) break;
    escaped += cost;
    i += step;
  }
  return i;
}

function chunks(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length;) {
    const n = fitLength(s.slice(i));
    out.push(s.slice(i, i + n));
    i += n;
  }
  return out;
}

/** How to reach characters [offset, offset + length) of a paragraph whose text is `text`. */
export function planSpan(text: string, offset: number, length: number): SpanPlan {
  return { before: chunks(text.slice(0, offset)), inside: chunks(text.slice(offset, offset + length)) };
}

/** Queues (no sync) the proxies that address the span; the caller selects or replaces it. */
export function spanRange(paragraph: Word.Paragraph, plan: SpanPlan): Word.Range {
  const paragraphEnd = paragraph.getRange("End");
  let point = paragraph.getRange("Start");
  const next = (chunk: string): Word.Range =>
    point.expandTo(paragraphEnd).search(escapeSearch(chunk), { matchCase: true }).getFirst();
  for (const chunk of plan.before) point = next(chunk).getRange("End");
  if (plan.inside.length === 0) return point;
  let first: Word.Range | undefined;
  let last = point;
  for (const chunk of plan.inside) {
    last = next(chunk);
    first ??= last;
    point = last.getRange("End");
  }
  return first === last ? last : first!.expandTo(last);
}
