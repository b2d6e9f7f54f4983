/**
 * The document as the check reads it, loaded in a writing batch's own sync after its writes: the pane's
 * live outline then needs no round trip of its own (on Word for Mac each costs 200–300 ms).
 */
import type { Report } from "./gateway";
import { paragraphOf, READ_PROPS, readListNumbers } from "./batch";
import { queueCurrentText } from "./current-text";

export type ReadBack = () => Promise<Report>;

/**
 * Queue after the writes. `before` are the body's paragraphs as loaded earlier in the batch (isListItem
 * and text): their list numbers are read after the writes in the same sync. Paragraphs the batch inserts
 * are detached from lists, so the list items keep their order and their numbers pair up one to one. Call
 * the result after the sync; it syncs once more only when that pairing fails or tracked changes hide text.
 */
export function queueReadBack(
  context: Word.RequestContext,
  before: Word.Paragraph[],
  wordApi14: boolean,
): ReadBack {
  const lists = before
    .filter((p) => p.isListItem)
    .map((p) => {
      const item = p.listItemOrNullObject;
      item.load("listString");
      return item;
    });
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load(READ_PROPS);
  const current = queueCurrentText(context, wordApi14);
  return async () => {
    const items = paragraphs.items;
    const listed = items.filter((p) => p.isListItem);
    const paired = listed.length === lists.length && lists.every((l) => !l.isNullObject);
    const read = paired ? null : readListNumbers(items);
    const tracked = current.pending(items);
    if (read?.pending || tracked) await context.sync();
    const texts = current.texts(items);
    const numbers = new Map(listed.map((p, k) => [p, lists[k]?.listString]));
    const out = read ? read.paragraphs() : items.map((p) => paragraphOf(p, numbers.get(p)));
    return { paragraphs: out.map((p, i) => ({ ...p, text: texts[i]! })), tracking: current.mode() };
  };
}
