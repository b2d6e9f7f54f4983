/** The punctuation the outline reader cuts lead sentences and heading phrases at. */

/** Ends a lead sentence. */
export const LEAD_END = /[。！？!?；;]/;
/** Ends the short phrase of a heading ("理论学习方面" in "（一）理论学习方面，存在以下问题："). */
export const CLAUSE_END = /[。！？!?；;：:，,]/;
/** A heading line has no sentence inside it. */
export const SENTENCE_MARK = /[。！？!?；;]/;
/** Longest line still read as a bare heading. */
export const HEADING_MAX = 40;

/** Up to and including the first 。；！？, or the whole first line. */
export function leadSentence(text: string): string {
  const line = text.split("\n", 1)[0] ?? "";
  const at = line.search(LEAD_END);
  return at < 0 ? line : line.slice(0, at + 1);
}
