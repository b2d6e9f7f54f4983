/**
 * What a paragraph holds besides text and fonts: hyperlinks, bookmarks and fields (their result is text,
 * their code is not). `paragraph.text` shows none of them, so rebuilding a paragraph from its text loses
 * them; they follow edits of the text they cover and vanish when that text is replaced.
 */
export type MarkKind = "hyperlink" | "bookmark" | "field";

export interface InlineMark {
  kind: MarkKind;
  /** Characters [start, end) of the paragraph's text (a bookmark may be empty). */
  start: number;
  end: number;
  /** The hyperlink's address, the bookmark's name, the field's code (" DATE \@ …"). */
  value: string;
}

export function copyMarks(marks: readonly InlineMark[]): InlineMark[] {
  return marks.map((m) => ({ ...m }));
}

/**
 * The marks after text[s, e) became `inserted` characters long. A mark whose text was all replaced goes
 * (a bookmark or link around nothing but the old words); text typed inside a mark extends it.
 */
export function shiftMarks(
  marks: readonly InlineMark[],
  s: number,
  e: number,
  inserted: number,
): InlineMark[] {
  const delta = inserted - (e - s);
  const map = (b: number): number => (b <= s ? b : b >= e ? b + delta : s + inserted);
  const out: InlineMark[] = [];
  for (const m of marks) {
    const swallowed = e > s && m.start >= s && m.end <= e && m.end > m.start;
    if (swallowed) continue;
    const start = m.start < s || (m.start === s && e === s) ? m.start : map(m.start);
    out.push({ ...m, start, end: Math.max(start, m.end <= s ? m.end : map(m.end)) });
  }
  return out;
}

/**
 * The marks of characters [start, end), counted from `start` (one piece of a split paragraph whose paragraph
 * mark was typed at start - 1). A mark begun at that typed mark (typing at a mark's start extends it) starts
 * the piece; a mark across a cut is dropped (simplest; Word would keep a bookmark over both pieces).
 */
export function clipMarks(
  marks: readonly InlineMark[] | undefined,
  start: number,
  end: number,
): InlineMark[] {
  const atCut = (m: InlineMark) => start > 0 && m.start === start - 1 && m.end > start;
  return (marks ?? [])
    .filter((m) => (m.start >= start || atCut(m)) && m.end <= end)
    .map((m) => ({ ...m, start: Math.max(m.start, start) - start, end: m.end - start }));
}
