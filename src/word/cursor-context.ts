/**
 * Where the cursor is, in one Word.run: every paragraph (as readParagraphs gives them) plus the index of
 * the paragraph the selection starts in and the selected text. The phrase tab needs both to offer the
 * snippets of the part under the cursor, and reading them in one batch keeps it to ≤ 2 syncs.
 */
import type { Paragraph } from "../core/types";
import { GATEWAY_MESSAGES, GatewayError, toGatewayError } from "./errors";
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

const READ_PROPS = "items/text,items/styleBuiltIn,items/isListItem,items/tableNestingLevel";

export function createCursorContextVerbs(
  env: OfficeEnv | (() => OfficeEnv) = globalEnv,
  queue: OperationQueue = documentQueue,
): CursorContextVerbs {
  const getEnv = (): OfficeEnv => (typeof env === "function" ? env() : env);

  return {
    readCursorContext: () =>
      queue.runExclusive(async () => {
        try {
          const { Word, Office } = getEnv();
          if (Office && !Office.context.requirements.isSetSupported("WordApi", "1.3")) {
            throw new GatewayError("unsupported", GATEWAY_MESSAGES.unsupported);
          }
          return await Word.run(async (context) => {
            const paragraphs = context.document.body.paragraphs;
            paragraphs.load(READ_PROPS);
            const selection = context.document.getSelection();
            selection.load("text");
            const first = selection.paragraphs.getFirst();
            first.load("text");
            await context.sync();

            // Sync 2 only when needed: list numbers, and telling apart paragraphs with the same text.
            const lists = paragraphs.items.map((p) => {
              if (!p.isListItem) return null;
              const item = p.listItemOrNullObject;
              item.load("listString");
              return item;
            });
            const candidates: number[] = [];
            paragraphs.items.forEach((p, i) => {
              if (p.text === first.text) candidates.push(i);
            });
            let relations: { value: string }[] = [];
            if (candidates.length > 1) {
              const whole = first.getRange("Whole");
              relations = candidates.map((i) =>
                paragraphs.items[i]!.getRange("Whole").compareLocationWith(whole),
              );
            }
            if (relations.length > 0 || lists.some((l) => l !== null)) await context.sync();

            const out = paragraphs.items.map((p, i): Paragraph => {
              const item = lists[i];
              const paragraph: Paragraph = {
                text: p.text,
                styleBuiltIn: p.styleBuiltIn,
                inTable: p.tableNestingLevel > 0,
              };
              if (item && !item.isNullObject && item.listString) paragraph.listString = item.listString;
              return paragraph;
            });
            let at: number | null = null;
            if (candidates.length === 1) at = candidates[0]!;
            else if (candidates.length > 1) {
              const k = relations.findIndex((r) => r.value === "Equal");
              at = k < 0 ? null : candidates[k]!;
            }
            // Word separates paragraphs in a selection's text with \r.
            const text = selection.text.replace(/\r\n?|\v/g, "\n");
            return { paragraphs: out, paragraph: at, text };
          });
        } catch (e) {
          throw toGatewayError(e);
        }
      }),
  };
}
