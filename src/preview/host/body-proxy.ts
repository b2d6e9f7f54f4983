/** Word.Body: the document's text and paragraphs, and paragraphs added at its start or end. */
import { endOf } from "./anchors";
import { ClientObject, ClientResult } from "./context";
import type { SimDocument } from "./document";
import { HostError } from "./errors";
import { writeOoxml } from "./ooxml-write";
import { ParagraphCollectionProxy } from "./paragraph-collection-proxy";
import { ParagraphProxy } from "./paragraph-proxy";
import { defineProperties, loaders, readOnly, type Properties } from "./properties";
import { RangeProxy } from "./range-proxy";

/** The body's text: paragraphs joined with "\r", as Word gives it. */
export function bodyText(doc: SimDocument): string {
  return doc
    .allNodes()
    .map((n) => n.rec.text)
    .join("\r");
}

const BODY = { text: readOnly(bodyText) };

const documentOf = (body: BodyProxy): SimDocument => body.context.doc;

export interface BodyProxy extends Properties<typeof BODY> {}

export class BodyProxy extends ClientObject {
  private paragraphsProxy?: ParagraphCollectionProxy;

  protected override scalars(): Record<string, () => unknown> {
    return loaders(this, BODY, documentOf);
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

defineProperties(BodyProxy, BODY, documentOf);
