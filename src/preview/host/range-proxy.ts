/** Word.Range: a span of the document that follows edits until its batch ends. */
import { collapse, endOf, findAll, relation } from "./anchors";
import { requireApi, reviewedResult } from "./api-sets";
import { BodyProxy } from "./body-proxy";
import { Binding, notFound, sameContext, throwNotFound, type Resolver } from "./binding";
import { CommentProxy } from "./comment-proxy";
import { ClientObject, ClientResult, type RequestContext } from "./context";
import type { SimDocument } from "./document";
import { HostError } from "./errors";
import { writeOoxml } from "./ooxml-write";
import { FontProxy, segmentsOf } from "./font-proxy";
import { ParagraphCollectionProxy } from "./paragraph-collection-proxy";
import { ParagraphProxy } from "./paragraph-proxy";
import { defineProperties, loaders, readOnly, type Properties } from "./properties";
import { RangeCollectionProxy } from "./range-collection-proxy";
import type { Anchor } from "./records";

type InsertLocation = "Before" | "After" | "Start" | "End" | "Replace" | "Whole" | "Content";

interface Spanned {
  doc: SimDocument;
  anchor: Anchor;
}

const RANGE = {
  text: readOnly(({ doc, anchor }: Spanned) => doc.textOf(anchor)),
  isEmpty: readOnly(({ doc, anchor }: Spanned) => doc.textOf(anchor).length === 0),
  styleBuiltIn: readOnly(({ anchor }: Spanned) => anchor.start.node.rec.styleBuiltIn),
  style: readOnly(({ anchor }: Spanned) => anchor.start.node.rec.style),
};

const spanned = (r: RangeProxy): Spanned => ({ doc: r.context.doc, anchor: r.anchor() });

export interface RangeProxy extends Properties<typeof RANGE> {}

export class RangeProxy extends ClientObject {
  private readonly binding: Binding<Anchor | null>;
  private fontProxy?: FontProxy;
  private paragraphsProxy?: ParagraphCollectionProxy;
  private parentBodyProxy?: BodyProxy;

  /** `resolver` returns null for an *OrNullObject that found nothing. */
  constructor(context: RequestContext, resolver: Resolver<Anchor | null>, eager = true) {
    super(context);
    this.binding = new Binding(() => {
      const a = resolver();
      return a ? context.hold(a) : null;
    });
    if (eager) context.bindNowOrLater(() => void this.bind());
  }

  /** A range made by inserting text into `target` (replacing it). */
  static inserting(context: RequestContext, target: Resolver<Anchor>, text: string): RangeProxy {
    let made: Anchor | undefined;
    const range = new RangeProxy(context, () => made ?? throwNotFound(), false);
    context.enqueue(() => {
      made = context.doc.replace(target(), text);
      range.anchor(); // track the new text at once so later edits in the batch move it
    }, true);
    return range;
  }

  /** The range, or null for a null object (a range in deleted text is ItemNotFound). */
  bind(): Anchor | null {
    const a = this.binding.get();
    this.markNull(a === null);
    if (a && (!a.start.node.alive || !a.end.node.alive)) throw notFound();
    return a;
  }

  anchor(): Anchor {
    return this.bind() ?? throwNotFound();
  }

  private get doc(): SimDocument {
    return this.context.doc;
  }

  protected override scalars(): Record<string, () => unknown> {
    return loaders(this, RANGE, spanned);
  }

  protected override navigation(): Record<string, () => ClientObject> {
    return { font: () => this.font, paragraphs: () => this.paragraphs, parentBody: () => this.parentBody };
  }

  get font(): FontProxy {
    return (this.fontProxy ??= new FontProxy(this.context, () => segmentsOf(this.doc, this.anchor())));
  }
  /** WordApi 1.3: the body, table cell, header, footnote … the range starts in (its `type` says which). */
  get parentBody(): BodyProxy {
    return (this.parentBodyProxy ??= new BodyProxy(this.context, () => this.anchor().start.node));
  }

  /** WordApi 1.4: the range's text with tracked changes accepted ("Current") or rejected ("Original"). */
  getReviewedText(version: "Current" | "Original" = "Current"): ClientResult<string> {
    const slices = () =>
      segmentsOf(this.doc, this.anchor()).map((g) => ({ node: g.node, from: g.start, to: g.end }));
    return reviewedResult(this.context, slices, version);
  }

  get paragraphs(): ParagraphCollectionProxy {
    return (this.paragraphsProxy ??= new ParagraphCollectionProxy(this.context, () =>
      this.doc.nodesOf(this.anchor()),
    ));
  }

  insertText(text: string, where: "Replace" | "Start" | "End" | "Before" | "After"): RangeProxy {
    const target = (): Anchor => {
      const a = this.anchor();
      if (where === "Replace") return a;
      if (where === "Start" || where === "Before" || where === "End" || where === "After")
        return endOf(a, where);
      throw new HostError("InvalidArgument", `insertText: '${where}'`);
    };
    return RangeProxy.inserting(this.context, target, text);
  }

  insertParagraph(text: string, where: "Before" | "After"): ParagraphProxy {
    return ParagraphProxy.inserting(this.context, () => {
      const a = this.anchor();
      return this.doc.insertParagraph(where === "Before" ? a.start.node : a.end.node, text, where);
    });
  }

  delete(): void {
    this.context.enqueue(() => void this.doc.replace(this.anchor(), ""), true);
  }

  /** WordApi 1.4: a comment on this range (this host keeps the text and where it is anchored). */
  insertComment(text: string): CommentProxy {
    requireApi(this.context, "WordApi", "1.4", "Range.insertComment");
    this.context.enqueue(() => this.doc.addComment(this.anchor(), text), true);
    return new CommentProxy(this.context, text);
  }

  select(mode: "Select" | "Start" | "End" = "Select"): void {
    this.context.enqueue(() => this.doc.select(collapse(this.anchor(), mode)));
  }

  getRange(where: InsertLocation = "Whole"): RangeProxy {
    return new RangeProxy(this.context, () => endOf(this.anchor(), where));
  }

  expandTo(other: RangeProxy): RangeProxy {
    sameContext(this, other);
    return new RangeProxy(this.context, () => {
      const a = this.anchor();
      const b = other.anchor();
      const start = this.doc.compare(a.start, b.start) <= 0 ? a.start : b.start;
      const end = this.doc.compare(a.end, b.end) >= 0 ? a.end : b.end;
      return { start: { ...start }, end: { ...end } };
    });
  }

  compareLocationWith(other: RangeProxy): ClientResult<string> {
    sameContext(this, other);
    const result = new ClientResult<string>();
    this.context.enqueue(() => result.resolve(relation(this.doc, this.anchor(), other.anchor())));
    return result;
  }

  /** WordApi 1.1: the range as an OOXML package; partly covered paragraphs keep only the covered text. */
  getOoxml(): ClientResult<string> {
    const result = new ClientResult<string>();
    this.context.enqueue(() => {
      const a = this.anchor();
      const slices = this.doc.nodesOf(a).map((node, k, all) => ({
        node,
        from: k === 0 ? a.start.offset : 0,
        to: k === all.length - 1 ? a.end.offset : node.rec.text.length,
      }));
      result.resolve(writeOoxml(this.doc, slices));
    });
    return result;
  }

  search(text: string, options: { matchCase?: boolean } = {}): RangeCollectionProxy {
    return new RangeCollectionProxy(this.context, () =>
      findAll(this.doc, this.anchor(), text, options.matchCase ?? false),
    );
  }
}

defineProperties(RangeProxy, RANGE, spanned);
