/**
 * Queues new paragraphs after an anchor paragraph, the first one into the anchor itself when `fillAnchor`
 * (an empty paragraph is filled: "Start", not "Replace", so whatever someone typed there meanwhile stays).
 * Word puts a paragraph inserted next to a list item into the list: the new ones are detached from it.
 * `each` gives every new paragraph its style.
 */
export function queueParagraphsAfter<T extends { text: string }>(
  anchor: Word.Paragraph,
  fillAnchor: boolean,
  blocks: T[],
  each: (paragraph: Word.Paragraph, block: T) => void,
): void {
  let previous = anchor;
  blocks.forEach((block, k) => {
    if (k === 0 && fillAnchor) anchor.insertText(block.text, "Start");
    else previous = previous.insertParagraph(block.text, "After");
    if (anchor.isListItem) previous.detachFromList();
    each(previous, block);
  });
}
