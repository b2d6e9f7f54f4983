/**
 * What every gateway verb shares: one Word.run through the document queue with Office errors turned into
 * GatewayErrors, requirement-set detection, and reading body paragraphs (Word's list numbers included).
 */
import type { Paragraph } from "../core/types";
import { GATEWAY_MESSAGES, GatewayError, toGatewayError } from "./errors";
import type { OfficeEnv } from "./gateway";
import type { OperationQueue } from "./queue";

export function runWord(env: OfficeEnv | (() => OfficeEnv), queue: OperationQueue) {
  const getEnv = (): OfficeEnv => (typeof env === "function" ? env() : env);
  const supports = (name: string, version: string): boolean => {
    try {
      return getEnv().Office?.context.requirements.isSetSupported(name, version) ?? false;
    } catch {
      return false;
    }
  };
  const run = <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> =>
    queue.runExclusive(async () => {
      try {
        const { Word, Office } = getEnv();
        if (Office && !Office.context.requirements.isSetSupported("WordApi", "1.3")) {
          throw new GatewayError("unsupported", GATEWAY_MESSAGES.unsupported);
        }
        return await Word.run(batch);
      } catch (e) {
        throw toGatewayError(e);
      }
    });
  return { getEnv, run, supports };
}

/** The paragraph properties a check needs, for `body.paragraphs.load`. */
export const READ_PROPS = "items/text,items/styleBuiltIn,items/isListItem,items/tableNestingLevel";

/**
 * Queues the loads of Word's list numbers (they are not in `text`) after READ_PROPS arrived; call the
 * returned function after the next sync. `pending` says whether that sync is needed at all.
 */
export function readListNumbers(items: Word.Paragraph[]): { pending: boolean; paragraphs(): Paragraph[] } {
  const lists = items.map((p) => {
    if (!p.isListItem) return null;
    const item = p.listItemOrNullObject;
    item.load("listString");
    return item;
  });
  return {
    pending: lists.some((l) => l !== null),
    paragraphs: () =>
      items.map((p, i) => {
        const item = lists[i];
        return paragraphOf(p, item && !item.isNullObject ? item.listString : undefined);
      }),
  };
}

/** A loaded paragraph (READ_PROPS) as the core reads it, with Word's list number when it has one. */
export function paragraphOf(p: Word.Paragraph, listString?: string): Paragraph {
  const out: Paragraph = { text: p.text, styleBuiltIn: p.styleBuiltIn, inTable: p.tableNestingLevel > 0 };
  if (listString) out.listString = listString;
  return out;
}

/**
 * Word has no paragraph index: find `first` (a loaded paragraph of the selection) among the loaded body
 * paragraphs by its text, and only when several share that text, queue a comparison of positions
 * (compareLocationWith, WordApi 1.3). Call `index()` after the next sync when `pending`.
 */
export function whichParagraph(
  first: Word.Paragraph,
  items: Word.Paragraph[],
): { pending: boolean; index(): number | null } {
  const candidates: number[] = [];
  items.forEach((p, i) => {
    if (p.text === first.text) candidates.push(i);
  });
  if (candidates.length < 2) return { pending: false, index: () => candidates[0] ?? null };
  const whole = first.getRange("Whole");
  const relations = candidates.map((i) => items[i]!.getRange("Whole").compareLocationWith(whole));
  return {
    pending: true,
    index: () => {
      const k = relations.findIndex((r) => r.value === "Equal");
      return k < 0 ? null : candidates[k]!;
    },
  };
}
