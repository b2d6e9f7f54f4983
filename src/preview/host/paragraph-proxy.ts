/** Word.Paragraph: its text and paragraph format, its font and list item, and the inserts Word allows on it. */
import { collapse, endOf, findAll, wholeAnchor } from "./anchors";
import { Binding, liveNode, throwNotFound, type Resolver } from "./binding";
import { ClientObject, type RequestContext } from "./context";
import type { SimDocument } from "./document";
import { HostError } from "./errors";
import { FontProxy, wholeSegment } from "./font-proxy";
import { ListItemProxy } from "./list-item-proxy";
import { parseOoxml } from "./ooxml";
import { defineProperties, loaders, readOnly, settable, type Properties } from "./properties";
import { RangeCollectionProxy } from "./range-collection-proxy";
import { RangeProxy } from "./range-proxy";
import {
  applyStyle,
  builtInFromLocalized,
  type Anchor,
  type HostFont,
  type Node,
  type ParagraphRecord,
} from "./records";
import { TableProxy } from "./table-proxy";

type NumberField =
  "firstLineIndent" | "leftIndent" | "lineSpacing" | "spaceBefore" | "spaceAfter" | "outlineLevel";

const field = <K extends NumberField | "alignment">(k: K) =>
  settable(
    (r: ParagraphRecord) => r[k],
    (r, v) => {
      r[k] = v;
    },
  );

const PARAGRAPH = {
  text: readOnly((r: ParagraphRecord) => r.text),
  styleBuiltIn: settable((r: ParagraphRecord) => r.styleBuiltIn, applyStyle),
  style: settable(
    (r: ParagraphRecord) => r.style,
    (r, v) => applyStyle(r, builtInFromLocalized(v)),
  ),
  alignment: field("alignment"),
  firstLineIndent: field("firstLineIndent"),
  leftIndent: field("leftIndent"),
  lineSpacing: field("lineSpacing"),
  spaceBefore: field("spaceBefore"),
  spaceAfter: field("spaceAfter"),
  outlineLevel: field("outlineLevel"),
  isListItem: readOnly((r: ParagraphRecord) => r.isListItem),
  tableNestingLevel: readOnly((r: ParagraphRecord) => r.tableNestingLevel),
};

const record = (p: ParagraphProxy): ParagraphRecord => p.node().rec;

export interface ParagraphProxy extends Properties<typeof PARAGRAPH> {}

export class ParagraphProxy extends ClientObject {
  private readonly binding: Binding<Node>;
  private fontProxy?: FontProxy;
  private listProxy?: ListItemProxy;
  private listOrNullProxy?: ListItemProxy;

  constructor(context: RequestContext, resolver: Resolver<Node>, eager = true) {
    super(context);
    this.binding = new Binding(resolver);
    if (eager) context.bindNowOrLater(() => void this.node());
  }

  node(): Node {
    return liveNode(this.binding.get());
  }

  private get doc(): SimDocument {
    return this.context.doc;
  }

  protected override scalars(): Record<string, () => unknown> {
    return loaders(this, PARAGRAPH, record);
  }

  protected override navigation(): Record<string, () => ClientObject> {
    return {
      font: () => this.font,
      listItem: () => this.listItem,
      listItemOrNullObject: () => this.listItemOrNullObject,
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
   * Replaces the paragraph's content with the package's text and applies the formatting it carries (see
   * ./ooxml.ts for the subset). The paragraph itself stays, as Word keeps the paragraph mark.
   */
  insertOoxml(ooxml: string, where: "Replace" | "Start" | "End"): RangeProxy {
    if (where !== "Replace")
      throw new HostError("InvalidArgument", `insertOoxml: '${where}' is not simulated`);
    let made: Anchor | undefined;
    const range = new RangeProxy(this.context, () => made ?? throwNotFound(), false);
    this.context.enqueue(() => {
      const parsed = parseOoxml(ooxml);
      const node = this.node();
      made = this.doc.replace(wholeAnchor(node), parsed.map((p) => p.text).join("\n"));
      range.anchor();
      const first = parsed[0];
      if (!first) return;
      const rec = node.rec;
      Object.assign(rec.font, definedOnly(first.font));
      if (first.alignment !== undefined) rec.alignment = first.alignment;
      if (first.firstLineIndent !== undefined) rec.firstLineIndent = first.firstLineIndent;
      if (first.lineSpacing !== undefined) rec.lineSpacing = first.lineSpacing;
      const runs = first.runs.map((r) => ({ start: r.start, end: r.end, font: definedOnly(r.font) }));
      if (runs.length > 0 && parsed.length === 1) rec.runs = runs;
      else delete rec.runs;
    }, true);
    return range;
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

function definedOnly(font: Partial<HostFont>): Partial<HostFont> {
  return Object.fromEntries(Object.entries(font).filter(([, v]) => v !== undefined)) as Partial<HostFont>;
}
