/**
 * Document.onParagraphAdded / onParagraphChanged / onParagraphDeleted (WordApi 1.6): handlers called, after
 * the change and asynchronously, when body paragraphs appeared, had their text changed, or went. Like
 * Word (office-js #3864), a deletion under 修订 fires nothing: the deleted text is still in the paragraph.
 */
import { requireApi } from "./api-sets";
import type { RequestContext } from "./context";
import type { Node } from "./records";

export type ParagraphEventType = "ParagraphAdded" | "ParagraphChanged" | "ParagraphDeleted";

type Handler = (args: { type: ParagraphEventType; source: string; uniqueLocalIds: string[] }) => unknown;

/** Whether the change from `before` (each body paragraph's text) to `after` is one `type` reports. */
function happened(type: ParagraphEventType, before: Map<Node, string>, after: Map<Node, string>): boolean {
  if (type === "ParagraphAdded") return [...after.keys()].some((n) => !before.has(n));
  if (type === "ParagraphDeleted") return [...before.keys()].some((n) => !after.has(n));
  return [...after].some(([n, text]) => before.has(n) && before.get(n) !== text);
}

export class ParagraphEvent {
  constructor(
    private readonly context: RequestContext,
    private readonly type: ParagraphEventType,
  ) {}

  /** Registration takes effect at sync; `remove()` works at once in this host. */
  add(handler: Handler): { context: { sync(): Promise<void> }; remove(): void } {
    let unsubscribe: (() => void) | undefined;
    let removed = false;
    requireApi(this.context, "WordApi", "1.6", `Document.on${this.type}`);
    this.context.enqueue(() => {
      if (removed) return;
      const doc = this.context.doc;
      const texts = () => new Map(doc.allNodes().map((n) => [n, n.rec.text] as const));
      let last = texts();
      unsubscribe = doc.subscribe(() => {
        const now = texts();
        const fired = happened(this.type, last, now);
        last = now;
        if (fired)
          setTimeout(() => void handler({ type: this.type, source: "Local", uniqueLocalIds: [] }), 0);
      });
    });
    return {
      context: { sync: () => Promise.resolve() },
      remove: () => {
        removed = true;
        unsubscribe?.();
      },
    };
  }
}
