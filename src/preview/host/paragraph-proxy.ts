/** Word.Paragraph: its text and paragraph format, its font and list item, and the inserts Word allows on it. */
import { collapse, endOf, findAll, wholeAnchor } from "./anchors";
import { reviewedResult } from "./api-sets";
import { BodyProxy } from "./body-proxy";
import { Binding, liveNode, throwNotFound, type Resolver } from "./binding";
import { ClientObject, ClientResult, type RequestContext } from "./context";
import type { SimDocument } from "./document";
import { HostError } from "./errors";
import { FontProxy, wholeSegment } from "./font-proxy";
import { ListItemProxy } from "./list-item-proxy";
import { replaceWithOoxml } from "./ooxml-insert";
import { writeOoxml } from "./ooxml-write";
import { defineProperties, loaders, readOnly, settable, type Properties } from "./properties";
import { RangeCollectionProxy } from "./range-collection-proxy";
import { RangeProxy } from "./range-proxy";
import { applyStyle, type Anchor, type Node, type ParagraphRecord } from "./records";
import { resolveBuiltIn } from "./styles";
import { TableProxy } from "./table-proxy";
import { detachFromList } from "./tables";

type NumberField = "firstLineIndent" | "leftIndent" | "spaceBefore" | "spaceAfter" | "outlineLevel";

const field = <K extends NumberField | "alignment">(k: K) =>
  settable(
    (r: ParagraphRecord) => r[k],
    (r, v) => {
      r[k] = v;
    },
  );

/** The paragraph's record and the document it is in: styles are looked up there. */
interface InDocument {
  doc: SimDocument;
  rec: ParagraphRecord;
}

const PARAGRAPH = {
  text: readOnly((r: ParagraphRecord) => r.text),
  styleBuiltIn: settable(
    (r: ParagraphRecord) => r.styleBuiltIn,
    (r, v: string) => applyStyle(r, resolveBuiltIn(v)),
  ),
  alignment: field("alignment"),
  firstLineIndent: field("firstLineIndent"),
  leftIndent: field("leftIndent"),
  /**
   * Points, with no rule: Word's UI shows it divided by 12, so on a single- or multiple-spaced paragraph
   * 28 becomes 2.33 lines; only a paragraph already at an exact or minimum rule keeps its rule.
   */
  lineSpacing: settable(
    (r: ParagraphRecord) => r.lineSpacing,
    (r, v: number) => {
      r.lineSpacing = v;
      if (r.lineSpacingRule !== "exact" && r.lineSpacingRule !== "atLeast") r.lineSpacingRule = "multiple";
    },
  ),
  spaceBefore: field("spaceBefore"),
  spaceAfter: field("spaceAfter"),
  outlineLevel: field("outlineLevel"),
  isListItem: readOnly((r: ParagraphRecord) => r.isListItem),
  tableNestingLevel: readOnly((r: ParagraphRecord) => r.tableNestingLevel),
};

/** By name: a style the document defines, or a built-in one (English or localized name); else ItemNotFound. */
const STYLED = {
  style: settable(
    ({ rec }: InDocument) => rec.style,
    ({ doc, rec }, v: string) => applyStyle(rec, doc.styles.named(v) ?? throwNotFound()),
  ),
};

const record = (p: ParagraphProxy): ParagraphRecord => p.node().rec;
const inDocument = (p: ParagraphProxy): InDocument => ({ doc: p.context.doc, rec: p.node().rec });

export interface ParagraphProxy extends Properties<typeof PARAGRAPH>, Properties<typeof STYLED> {}

export class ParagraphProxy extends ClientObject {
  private readonly binding: Binding<Node | null>;
  private fontProxy?: FontProxy;
  private listProxy?: ListItemProxy;
  private listOrNullProxy?: ListItemProxy;
  private parentBodyProxy?: BodyProxy;

  /** `resolver` returns null for an *OrNullObject that found nothing. */
  constructor(context: RequestContext, resolver: Resolver<Node | null>, eager = true) {
    super(context);
    this.binding = new Binding(resolver);
    if (eager) context.bindNowOrLater(() => void this.bind());
  }

  bind(): Node | null {
    const n = this.binding.get();
    this.markNull(n === null);
    return n && liveNode(n);
  }

  node(): Node {
    return this.bind() ?? throwNotFound();
  }

  private get doc(): SimDocument {
    return this.context.doc;
  }

  protected override scalars(): Record<string, () => unknown> {
    return { ...loaders(this, PARAGRAPH, record), ...loaders(this, STYLED, inDocument) };
  }

  protected override navigation(): Record<string, () => ClientObject> {
    return {
      font: () => this.font,
      listItem: () => this.listItem,
      listItemOrNullObject: () => this.listItemOrNullObject,
      parentBody: () => this.parentBody,
    };
  }

  get font(): FontProxy {
    return (this.fontProxy ??= new FontProxy(this.context, () => wholeSegment(this.node())));
  }
  get listItem(): ListItemProxy {
    return (this.listProxy ??= new ListItemProxy(this.context, this, false));
  }
  get listItemOrNullObject(): ListItemProxy {
    return (this.listOrNullProxy ??= new ListItemProxy(this.context, this, true));
  }
  /** WordApi 1.3: the body, table cell, header, footnote … the paragraph is in (its `type` says which). */
  get parentBody(): BodyProxy {
    return (this.parentBodyProxy ??= new BodyProxy(this.context, () => this.node()));
  }

  /** WordApi 1.3: the paragraph before or after this one in the same story, or a null object. */
  getPreviousOrNullObject(): ParagraphProxy {
    return this.neighbour(-1);
  }
  getNextOrNullObject(): ParagraphProxy {
    return this.neighbour(1);
  }

  private neighbour(step: number): ParagraphProxy {
    return new ParagraphProxy(this.context, () => {
      const node = this.node();
      const list = this.doc.listOf(node);
      return list[list.indexOf(node) + step] ?? null;
    });
  }

  /** WordApi 1.4: the text with tracked changes accepted ("Current") or rejected ("Original"). */
  getReviewedText(version: "Current" | "Original" = "Current"): ClientResult<string> {
    return reviewedResult(
      this.context,
      () => {
        const node = this.node();
        return [{ node, from: 0, to: node.rec.text.length }];
      },
      version,
    );
  }

  insertParagraph(text: string, where: "Before" | "After"): ParagraphProxy {
    if (where !== "Before" && where !== "After")
      throw new HostError("InvalidArgument", `insertParagraph: '${where}'`);
    return ParagraphProxy.inserting(this.context, () => this.doc.insertParagraph(this.node(), text, where));
  }

  /** A paragraph made at sync by `insert` (it exists only from then on). */
  static inserting(context: RequestContext, insert: () => Node): ParagraphProxy {
    let made: Node | undefined;
    context.enqueue(() => {
      made = insert();
    }, true);
    return new ParagraphProxy(context, () => made ?? throwNotFound(), false);
  }

  insertText(text: string, where: "Replace" | "Start" | "End"): RangeProxy {
    const target = (): Anchor => {
      const whole = wholeAnchor(this.node());
      if (where === "Replace") return whole;
      if (where === "Start" || where === "End") return endOf(whole, where);
      throw new HostError("InvalidArgument", `insertText: '${where}'`);
    };
    return RangeProxy.inserting(this.context, target, text);
  }

  /**
   * Replaces the paragraph's content with the package's paragraphs and applies the formatting, marks and
   * styles they carry (see ./ooxml-insert.ts). The paragraph itself stays, as Word keeps the paragraph mark.
   */
  insertOoxml(ooxml: string, where: "Replace" | "Start" | "End"): RangeProxy {
    if (where !== "Replace")
      throw new HostError("InvalidArgument", `insertOoxml: '${where}' is not simulated`);
    let made: Anchor | undefined;
    const range = new RangeProxy(this.context, () => made ?? throwNotFound(), false);
    this.context.enqueue(() => {
      made = replaceWithOoxml(this.doc, this.node(), ooxml);
      range.anchor();
    }, true);
    return range;
  }

  /** WordApi 1.1: the paragraph as an OOXML package, hyperlinks, bookmarks, fields and direct formatting included. */
  getOoxml(): ClientResult<string> {
    const result = new ClientResult<string>();
    this.context.enqueue(() => {
      const node = this.node();
      result.resolve(writeOoxml(this.doc, [{ node, from: 0, to: node.rec.text.length }]));
    });
    return result;
  }

  /** WordApi 1.3: out of its list, if it is a list item. */
  detachFromList(): void {
    this.context.enqueue(() => detachFromList(this.node().rec), true);
  }

  /** WordApi 1.1: the paragraph and its content go. */
  delete(): void {
    this.context.enqueue(() => this.doc.deleteParagraph(this.node()), true);
  }

  /** WordApi 1.3: a table of `values` before or after this paragraph. */
  insertTable(
    rowCount: number,
    columnCount: number,
    where: "Before" | "After",
    values?: string[][],
  ): TableProxy {
    if (where !== "Before" && where !== "After")
      throw new HostError("InvalidArgument", `insertTable: '${where}'`);
    let cells: Node[] | undefined;
    this.context.enqueue(() => {
      cells = this.doc.insertTable(this.node(), where, rowCount, columnCount, values);
    }, true);
    return new TableProxy(this.context, () => cells ?? throwNotFound());
  }

  getRange(where: "Whole" | "Start" | "End" | "Content" = "Whole"): RangeProxy {
    return new RangeProxy(this.context, () => endOf(wholeAnchor(this.node()), where));
  }

  select(mode: "Select" | "Start" | "End" = "Select"): void {
    this.context.enqueue(() => this.doc.select(collapse(wholeAnchor(this.node()), mode)));
  }

  search(text: string, options: { matchCase?: boolean } = {}): RangeCollectionProxy {
    return new RangeCollectionProxy(this.context, () =>
      findAll(this.doc, wholeAnchor(this.node()), text, options.matchCase ?? false),
    );
  }
}

defineProperties(ParagraphProxy, PARAGRAPH, record);
defineProperties(ParagraphProxy, STYLED, inDocument);
