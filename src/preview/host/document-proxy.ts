/**
 * Word.Document: the body, the selection, the change-tracking mode (WordApi 1.4) and the paragraph
 * events (WordApi 1.6).
 */
import { BodyProxy } from "./body-proxy";
import { ClientObject } from "./context";
import { ParagraphEvent } from "./paragraph-events";
import { defineProperties, loaders, settable, type Properties } from "./properties";
import { RangeProxy } from "./range-proxy";
import type { TrackingMode } from "./revisions";
import type { SimDocument } from "./document";

const DOCUMENT = {
  changeTrackingMode: {
    ...settable(
      (doc: SimDocument) => doc.trackingMode,
      (doc, mode: TrackingMode) => {
        doc.trackingMode = mode;
      },
    ),
    requires: ["WordApi", "1.4"] as const,
  },
};

const documentOf = (d: DocumentProxy): SimDocument => d.context.doc;

export interface DocumentProxy extends Properties<typeof DOCUMENT> {}

export class DocumentProxy extends ClientObject {
  private bodyProxy?: BodyProxy;

  protected override scalars(): Record<string, () => unknown> {
    return loaders(this, DOCUMENT, documentOf);
  }

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

  get onParagraphAdded(): ParagraphEvent {
    return new ParagraphEvent(this.context, "ParagraphAdded");
  }
  get onParagraphChanged(): ParagraphEvent {
    return new ParagraphEvent(this.context, "ParagraphChanged");
  }
  get onParagraphDeleted(): ParagraphEvent {
    return new ParagraphEvent(this.context, "ParagraphDeleted");
  }
}

defineProperties(DocumentProxy, DOCUMENT, documentOf);
