/** Document.onParagraphChanged (WordApi 1.6): handlers called after a sync that changed some text. */
import { bodyText } from "./body-proxy";
import type { RequestContext } from "./context";

type ParagraphChangedHandler = (args: { type: string; source: string; uniqueLocalIds: string[] }) => unknown;

export class ParagraphChangedEvent {
  constructor(private readonly context: RequestContext) {}

  add(handler: ParagraphChangedHandler): { context: { sync(): Promise<void> }; remove(): void } {
    let unsubscribe: (() => void) | undefined;
    let removed = false;
    this.context.enqueue(() => {
      if (removed) return;
      const doc = this.context.doc;
      let last = bodyText(doc);
      unsubscribe = doc.subscribe(() => {
        const now = bodyText(doc);
        if (now === last) return;
        last = now;
        setTimeout(() => void handler({ type: "ParagraphChanged", source: "Local", uniqueLocalIds: [] }), 0);
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
