/** Word.Document: the body, the selection and (WordApi 1.6) the paragraph-changed event. */
import { BodyProxy } from "./body-proxy";
import { ClientObject } from "./context";
import { ParagraphChangedEvent } from "./paragraph-changed-event";
import { RangeProxy } from "./range-proxy";

export class DocumentProxy extends ClientObject {
  private bodyProxy?: BodyProxy;

  protected override navigation(): Record<string, () => ClientObject> {
    return { body: () => this.body };
  }

  get body(): BodyProxy {
    this.context.assertAlive();
    return (this.bodyProxy ??= new BodyProxy(this.context));
  }

  getSelection(): RangeProxy {
    return new RangeProxy(this.context, () => this.context.doc.selectionAnchor());
  }

  /**
   * WordApi 1.6: handlers hear about paragraph edits (text changes only, not cursor moves) after the change,
   * asynchronously. Registration takes effect at sync; `remove()` works at once in this host.
   */
  get onParagraphChanged(): ParagraphChangedEvent {
    return new ParagraphChangedEvent(this.context);
  }
}
