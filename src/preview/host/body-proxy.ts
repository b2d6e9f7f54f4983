/**
 * Word.Body: the document's text and paragraphs, and paragraphs added at its start or end. As a range's
 * `parentBody` (WordApi 1.3) it tells by its `type` whether the range is in the main text, a table cell,
 * a header, a footnote …
 */
import { endOf } from "./anchors";
import { reviewedResult } from "./api-sets";
import { ClientObject, ClientResult, type RequestContext } from "./context";
import type { SimDocument } from "./document";
import { HostError } from "./errors";
import { writeOoxml } from "./ooxml-write";
import { ParagraphCollectionProxy } from "./paragraph-collection-proxy";
import { ParagraphProxy } from "./paragraph-proxy";
import { defineProperties, loaders, readOnly, type Properties } from "./properties";
import { RangeProxy } from "./range-proxy";
import type { Node } from "./records";
import { CommentCollectionProxy } from "./comment-proxy";

/** The body's text: paragraphs joined with "\r", as Word gives it. */
export function bodyText(doc: SimDocument): string {
  return doc
    .allNodes()
    .map((n) => n.rec.text)
    .join("\r");
}

interface BodyTarget {
  doc: SimDocument;
  /** A paragraph of the story this body is the parent body of; none for the document's body. */
  inside?: Node;
}

const BODY = {
  text: readOnly(({ doc }: BodyTarget) => bodyText(doc)),
  type: readOnly(({ doc, inside }: BodyTarget) => (inside ? doc.storyType(inside) : "MainDoc")),
};

const targetOf = (body: BodyProxy): BodyTarget => ({ doc: body.context.doc, inside: body.inside?.() });

export interface BodyProxy extends Properties<typeof BODY> {}

export class BodyProxy extends ClientObject {
  private paragraphsProxy?: ParagraphCollectionProxy;

  /** `inside`: for a range's parentBody, a paragraph of the range (this host knows only the body's type then). */
  constructor(
    context: RequestContext,
    readonly inside?: () => Node,
  ) {
    super(context);
  }

  protected override scalars(): Record<string, () => unknown> {
    return loaders(this, BODY, targetOf);
  }

  protected override navigation(): Record<string, () => ClientObject> {
    return { paragraphs: () => this.paragraphs };
  }

  get paragraphs(): ParagraphCollectionProxy {
    this.context.assertAlive();
    return (this.paragraphsProxy ??= new ParagraphCollectionProxy(this.context, () => [
      ...this.context.doc.allNodes(),
    ]));
  }

  insertParagraph(text: string, where: "Start" | "End"): ParagraphProxy {
    if (where !== "Start" && where !== "End")
      throw new HostError("InvalidArgument", `insertParagraph: '${where}'`);
    return ParagraphProxy.inserting(this.context, () => this.context.doc.insertParagraph(null, text, where));
  }

  /** WordApi 1.1: the whole body as one OOXML package. */
  getOoxml(): ClientResult<string> {
    const result = new ClientResult<string>();
    this.context.enqueue(() => {
      const slices = this.context.doc.allNodes().map((node) => ({ node, from: 0, to: node.rec.text.length }));
      result.resolve(writeOoxml(this.context.doc, slices));
    });
    return result;
  }

  /** WordApi 1.4: the body's text with tracked changes accepted ("Current") or rejected ("Original"). */
  getReviewedText(version: "Current" | "Original" = "Current"): ClientResult<string> {
    return reviewedResult(
      this.context,
      () => this.context.doc.allNodes().map((node) => ({ node, from: 0, to: node.rec.text.length })),
      version,
    );
  }

  /** WordApi 1.4: the comments anchored in the body. */
  getComments(): CommentCollectionProxy {
    return new CommentCollectionProxy(this.context);
  }

  getRange(where: "Whole" | "Start" | "End" | "Content" = "Whole"): RangeProxy {
    return new RangeProxy(this.context, () => {
      const nodes = this.context.doc.allNodes();
      const first = nodes[0]!;
      const last = nodes[nodes.length - 1]!;
      const whole = { start: { node: first, offset: 0 }, end: { node: last, offset: last.rec.text.length } };
      return endOf(whole, where);
    });
  }
}

defineProperties(BodyProxy, BODY, targetOf);
