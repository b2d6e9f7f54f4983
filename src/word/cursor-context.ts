/**
 * Where the cursor is, in one Word.run: every paragraph (as readParagraphs gives them) plus the index of
 * the paragraph the selection starts in and the selected text. The phrase tab needs both to offer the
 * snippets of the part under the cursor, and reading them in one batch keeps it to ≤ 2 syncs.
 */
import type { Paragraph } from "../core/types";
import { READ_PROPS, readListNumbers, runWord, whichParagraph } from "./batch";
import { globalEnv, type OfficeEnv } from "./gateway";
import { documentQueue, type OperationQueue } from "./queue";

export interface CursorContext {
  paragraphs: Paragraph[];
  /** Index of the paragraph the selection starts in; null when Word could not tell which one. */
  paragraph: number | null;
  /** The selected text, paragraph breaks as "\n" ("" for a plain cursor). */
  text: string;
}

export interface CursorContextVerbs {
  readCursorContext(): Promise<CursorContext>;
}

export function createCursorContextVerbs(
  env: OfficeEnv | (() => OfficeEnv) = globalEnv,
  queue: OperationQueue = documentQueue,
): CursorContextVerbs {
  const { run } = runWord(env, queue);
  return {
    readCursorContext: () =>
      run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load(READ_PROPS);
        const selection = context.document.getSelection();
        selection.load("text");
        const first = selection.paragraphs.getFirst();
        first.load("text");
        await context.sync();
        // Sync 2 only when needed: list numbers, and telling apart paragraphs with the same text.
        const read = readListNumbers(paragraphs.items);
        const which = whichParagraph(first, paragraphs.items);
        if (read.pending || which.pending) await context.sync();
        // Word separates paragraphs in a selection's text with \r.
        const text = selection.text.replace(/\r\n?|\v/g, "\n");
        return { paragraphs: read.paragraphs(), paragraph: which.index(), text };
      }),
  };
}
