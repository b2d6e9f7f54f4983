/**
 * Finding again the paragraph (and characters of it) the pane read, at the start of a verb: by its
 * current text (tracked deletions left out, ./current-text.ts) near its old index.
 */
import { queueCurrentText } from "./current-text";
import { GATEWAY_MESSAGES, GatewayError } from "./errors";
import { queueFindSpan } from "./find-span";
import { locateParagraph } from "./locate";
import { planSpan, spanRange } from "./spans";

export interface FoundParagraph {
  paragraph: Word.Paragraph;
  /** Its index in the body now. */
  at: number;
  /** Its `text` differs from what the user sees (tracked changes): characters are found by search. */
  tracked: boolean;
  /** It holds tracked changes (deletions or insertions; WordApi 1.4). */
  revised: boolean;
}

/**
 * Loads the body's paragraphs (`props`, text at least) and their current text where Word has WordApi 1.4
 * (`wordApi14`), and finds paragraph `index` the pane read as `expectText` again (sync 1 of a verb; 2 when
 * the document holds tracked changes). A paragraph that changed since is refused.
 */
export async function findParagraph(
  context: Word.RequestContext,
  index: number,
  expectText: string,
  { wordApi14 = false, props = "items/text" }: { wordApi14?: boolean; props?: string } = {},
): Promise<FoundParagraph> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load(props);
  const current = queueCurrentText(context, wordApi14);
  await context.sync();
  if (current.pending(paragraphs.items)) await context.sync();
  const at = locateParagraph(current.texts(paragraphs.items), index, expectText);
  const paragraph = paragraphs.items[at];
  if (!paragraph) throw new GatewayError("changed", GATEWAY_MESSAGES.changed);
  return {
    paragraph,
    at,
    tracked: paragraph.text !== expectText,
    revised: current.revised(paragraphs.items)[at] ?? false,
  };
}

/**
 * The range of characters [offset, offset + length) of `text`, the found paragraph's current text:
 * walked to without a sync when the paragraph holds no tracked change, else searched for and resolved in
 * a sync of its own, so nothing is written when it cannot be found.
 */
export async function spanOf(
  context: Word.RequestContext,
  { paragraph, tracked }: FoundParagraph,
  text: string,
  offset: number,
  length: number,
): Promise<Word.Range> {
  if (!tracked) return spanRange(paragraph, planSpan(text, offset, length));
  const found = queueFindSpan(paragraph, text, offset, length);
  await context.sync();
  const range = found.range();
  if (!range) throw new GatewayError("changed", GATEWAY_MESSAGES.changed);
  return range;
}
