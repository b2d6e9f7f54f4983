/** Finding a paragraph again after the document may have moved: pure helpers over loaded texts. */

/**
 * Index of the paragraph that holds `expectText`: `index` itself when it still does, else the nearest
 * paragraph with exactly that text (edits above it shift indices). -1 when none, or when the text is
 * empty (an empty paragraph is not a fingerprint).
 */
export function locateParagraph(texts: readonly string[], index: number, expectText: string): number {
  if (texts[index] === expectText) return index;
  if (expectText.trim() === "") return -1;
  for (let d = 1; d < texts.length; d++) {
    if (texts[index - d] === expectText) return index - d;
    if (texts[index + d] === expectText) return index + d;
    if (index - d < 0 && index + d >= texts.length) break;
  }
  return -1;
}
