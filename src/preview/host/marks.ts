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
