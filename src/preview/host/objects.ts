/**
 * The Word API proxies of the simulated host: Document, Body, Paragraph(Collection), Range(Collection),
 * Font, ListItem. Each binds to its document target lazily, in queue order, during sync.
 */
import { ClientObject, ClientResult, type LoadTree, type RequestContext } from "./context";
import {
  builtInFromLocalized,
  localizedStyle,
  type Alignment,
  type Anchor,
  type HostFont,
  type Node,
  type ParagraphRecord,
  type SimDocument,
} from "./document";
import { HostError, MESSAGES } from "./errors";
import { parseOoxml } from "./ooxml";
import { fontAt, overrideRuns, withoutKey } from "./runs";
import { BUILT_IN_STYLES } from "./styles";

type Resolver<T> = () => T;

/** Binds once, on first use during a sync, and then keeps its target. */
class Binding<T> {
  private bound = false;
  private target: T | undefined;
  constructor(private readonly resolver: Resolver<T>) {}
  get(): T {
    if (!this.bound) {
      this.target = this.resolver();
      this.bound = true;
    }
    return this.target as T;
  }
}

function notFound(): HostError {
  return new HostError("ItemNotFound", MESSAGES.itemNotFound);
}

function throwNotFound(): never {
  throw notFound();
}

function liveNode(node: Node): Node {
  if (!node.alive) throw notFound();
  return node;
}

function wholeAnchor(node: Node): Anchor {
  return { start: { node, offset: 0 }, end: { node, offset: node.rec.text.length } };
}

function sameContext(a: ClientObject, b: ClientObject): void {
  if (a.context !== b.context) throw new HostError("InvalidRequestContext", MESSAGES.invalidRequestContext);
}

type InsertLocation = "Before" | "After" | "Start" | "End" | "Replace" | "Whole" | "Content";

function applyStyle(rec: ParagraphRecord, builtIn: string): void {
  // Applying a paragraph style resets direct formatting to the style's, as Word does.
  const def = BUILT_IN_STYLES[builtIn] ?? BUILT_IN_STYLES.Normal!;
  rec.styleBuiltIn = BUILT_IN_STYLES[builtIn] ? builtIn : "Other";
  rec.style = localizedStyle(builtIn);
  rec.font = { ...def.font };
  rec.alignment = def.alignment;
  rec.outlineLevel = def.outlineLevel;
  rec.spaceBefore = def.spaceBefore;
  rec.spaceAfter = def.spaceAfter;
  rec.firstLineIndent = 0;
  rec.leftIndent = 0;
}

/** Word's search: plain text ("^^" is a literal caret), case-insensitive unless matchCase, non-overlapping. */
function findAll(doc: SimDocument, scope: Anchor, needle: string, matchCase: boolean): Anchor[] {
  if (needle.length === 0 || needle.length > 255) {
    throw new HostError("SearchStringInvalidOrTooLong", MESSAGES.searchTooLong);
  }
  const want = needle.replace(/\^\^/g, "^");
  const norm = (s: string): string => (matchCase ? s : s.toLowerCase());
  const out: Anchor[] = [];
  for (const node of doc.nodesOf(scope)) {
    const from = node === scope.start.node ? scope.start.offset : 0;
    const to = node === scope.end.node ? scope.end.offset : node.rec.text.length;
    const hay = norm(node.rec.text.slice(0, to));
    const w = norm(want);
    let i = hay.indexOf(w, from);
    while (i >= 0) {
      out.push({ start: { node, offset: i }, end: { node, offset: i + w.length } });
      i = hay.indexOf(w, i + w.length);
    }
  }
  return out;
}

/** Characters [start, end) of one paragraph: what a font applies to. */
export interface Segment {
  node: Node;
  start: number;
  end: number;
}

function wholeSegment(node: Node): Segment[] {
  return [{ node, start: 0, end: node.rec.text.length }];
}

function segmentsOf(doc: SimDocument, a: Anchor): Segment[] {
  return doc.nodesOf(a).map((node) => ({
    node,
    start: node === a.start.node ? a.start.offset : 0,
    end: node === a.end.node ? a.end.offset : node.rec.text.length,
  }));
}

/** Sets one font property on a segment: the paragraph's own font when it covers the paragraph, else a run. */
function setSegmentFont<K extends keyof HostFont>(seg: Segment, k: K, v: HostFont[K]): void {
  const rec = liveNode(seg.node).rec;
  if (seg.start <= 0 && seg.end >= rec.text.length) {
    rec.font[k] = v;
    const runs = withoutKey(rec.runs, k);
    if (runs.length > 0) rec.runs = runs;
    else delete rec.runs;
  } else if (seg.end > seg.start) {
    rec.runs = overrideRuns(rec.runs, seg.start, seg.end, { [k]: v } as Partial<HostFont>);
  }
}

export class FontProxy extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly segments: Resolver<Segment[]>,
  ) {
    super(context);
  }

  protected scalars(): Record<string, () => unknown> {
    // Mixed fonts are not simulated: a read gives the font at the first character.
    const first = (): HostFont => {
      const seg = this.segments()[0];
      if (!seg) throw notFound();
      return fontAt(seg.node.rec.font, seg.node.rec.runs, seg.start);
    };
    return {
      name: () => first().name,
      size: () => first().size,
      bold: () => first().bold,
      italic: () => first().italic,
      color: () => first().color,
      // WordApiDesktop 1.3 only; an unset East Asian font reads as the Latin one.
      ...(this.context.host.supports?.("WordApiDesktop", "1.3")
        ? { nameFarEast: () => first().nameFarEast ?? first().name }
        : {}),
    };
  }

  private setFont<K extends keyof HostFont>(k: K, v: HostFont[K]): void {
    this.write(k, v, () => {
      for (const seg of this.segments()) setSegmentFont(seg, k, v);
    });
  }

  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.setFont("name", v);
  }
  get size(): number {
    return this.read("size");
  }
  set size(v: number) {
    this.setFont("size", v);
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(v: boolean) {
    this.setFont("bold", v);
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(v: boolean) {
    this.setFont("italic", v);
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.setFont("color", v);
  }
  get nameFarEast(): string {
    return this.read("nameFarEast");
  }
  set nameFarEast(v: string) {
    this.write("nameFarEast", v, () => {
      // Like Office.js, an API outside the supported sets fails when the batch reaches Word.
      if (!this.context.host.supports?.("WordApiDesktop", "1.3"))
        throw new HostError("ApiNotFound", MESSAGES.apiNotFound);
      for (const seg of this.segments()) setSegmentFont(seg, "nameFarEast", v);
    });
  }
}

export class ListItemProxy extends ClientObject {
  private readonly binding: Binding<Node | null>;

  constructor(context: RequestContext, paragraph: ParagraphProxy, orNull: boolean) {
    super(context);
    this.binding = new Binding(() => {
      const n = liveNode(paragraph.node());
      if (n.rec.isListItem) return n;
      if (orNull) return null;
      throw notFound();
    });
    context.bindNowOrLater(() => void this.bind());
  }

  private bind(): Node | null {
    const n = this.binding.get();
    this.values.set("isNullObject", n === null);
    return n;
  }

  protected scalars(): Record<string, () => unknown> {
    return {
      listString: () => this.bind()?.rec.listString,
      level: () => this.bind()?.rec.listLevel,
    };
  }

  override fill(tree: LoadTree): void {
    // A null object loads nothing: its properties stay unreadable.
    if (this.bind() === null) return;
    super.fill(tree);
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get listString(): string {
    return this.read("listString");
  }
  get level(): number {
    return this.read("level");
  }
}

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

  protected scalars(): Record<string, () => unknown> {
    const r = (): ParagraphRecord => this.node().rec;
    return {
      text: () => r().text,
      styleBuiltIn: () => r().styleBuiltIn,
      style: () => r().style,
      alignment: () => r().alignment,
      firstLineIndent: () => r().firstLineIndent,
      leftIndent: () => r().leftIndent,
      lineSpacing: () => r().lineSpacing,
      spaceBefore: () => r().spaceBefore,
      spaceAfter: () => r().spaceAfter,
      outlineLevel: () => r().outlineLevel,
      isListItem: () => r().isListItem,
      tableNestingLevel: () => r().tableNestingLevel,
    };
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

  get text(): string {
    return this.read("text");
  }
  get styleBuiltIn(): string {
    return this.read("styleBuiltIn");
  }
  set styleBuiltIn(v: string) {
    this.write("styleBuiltIn", v, () => applyStyle(this.node().rec, v));
  }
  get style(): string {
    return this.read("style");
  }
  set style(v: string) {
    this.write("style", v, () => applyStyle(this.node().rec, builtInFromLocalized(v)));
  }
  get alignment(): Alignment {
    return this.read("alignment");
  }
  set alignment(v: Alignment) {
    this.write("alignment", v, () => (this.node().rec.alignment = v));
  }
  get firstLineIndent(): number {
    return this.read("firstLineIndent");
  }
  set firstLineIndent(v: number) {
    this.write("firstLineIndent", v, () => (this.node().rec.firstLineIndent = v));
  }
  get leftIndent(): number {
    return this.read("leftIndent");
  }
  set leftIndent(v: number) {
    this.write("leftIndent", v, () => (this.node().rec.leftIndent = v));
  }
  get lineSpacing(): number {
    return this.read("lineSpacing");
  }
  set lineSpacing(v: number) {
    this.write("lineSpacing", v, () => (this.node().rec.lineSpacing = v));
  }
  get spaceBefore(): number {
    return this.read("spaceBefore");
  }
  set spaceBefore(v: number) {
    this.write("spaceBefore", v, () => (this.node().rec.spaceBefore = v));
  }
  get spaceAfter(): number {
    return this.read("spaceAfter");
  }
  set spaceAfter(v: number) {
    this.write("spaceAfter", v, () => (this.node().rec.spaceAfter = v));
  }
  get outlineLevel(): number {
    return this.read("outlineLevel");
  }
  set outlineLevel(v: number) {
    this.write("outlineLevel", v, () => (this.node().rec.outlineLevel = v));
  }
  get isListItem(): boolean {
    return this.read("isListItem");
  }
  get tableNestingLevel(): number {
    return this.read("tableNestingLevel");
  }

  insertParagraph(text: string, where: "Before" | "After"): ParagraphProxy {
    if (where !== "Before" && where !== "After")
      throw new HostError("InvalidArgument", `insertParagraph: '${where}'`);
    let made: Node | undefined;
    this.context.enqueue(() => {
      made = this.doc.insertParagraph(this.node(), text, where);
    }, true);
    return new ParagraphProxy(this.context, () => made ?? throwNotFound(), false);
  }

  insertText(text: string, where: "Replace" | "Start" | "End"): RangeProxy {
    const target = (): Anchor => {
      const n = this.node();
      const len = n.rec.text.length;
      if (where === "Replace") return wholeAnchor(n);
      if (where === "Start") return { start: { node: n, offset: 0 }, end: { node: n, offset: 0 } };
      if (where === "End") return { start: { node: n, offset: len }, end: { node: n, offset: len } };
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
      const f = first.font;
      if (f.name !== undefined) rec.font.name = f.name;
      if (f.nameFarEast !== undefined) rec.font.nameFarEast = f.nameFarEast;
      if (f.size !== undefined) rec.font.size = f.size;
      if (f.bold !== undefined) rec.font.bold = f.bold;
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
    return new RangeProxy(this.context, () => {
      const n = this.node();
      const len = n.rec.text.length;
      if (where === "Start") return { start: { node: n, offset: 0 }, end: { node: n, offset: 0 } };
      if (where === "End") return { start: { node: n, offset: len }, end: { node: n, offset: len } };
      return wholeAnchor(n);
    });
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

function definedOnly(font: Partial<HostFont>): Partial<HostFont> {
  return Object.fromEntries(Object.entries(font).filter(([, v]) => v !== undefined)) as Partial<HostFont>;
}

function collapse(a: Anchor, mode: string): Anchor {
  if (mode === "Start") return { start: a.start, end: a.start };
  if (mode === "End") return { start: a.end, end: a.end };
  return a;
}

export class ParagraphCollectionProxy extends ClientObject {
  private loaded?: ParagraphProxy[];

  constructor(
    context: RequestContext,
    private readonly source: Resolver<Node[]>,
  ) {
    super(context);
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  override fill(tree: LoadTree): void {
    // "items/text" and plain "text" both mean the items' text.
    const sub: LoadTree = new Map(tree.get("items") ?? []);
    for (const [k, v] of tree) if (k !== "items") sub.set(k, v);
    this.loaded = this.source().map((n) => {
      const p = new ParagraphProxy(this.context, () => n, false);
      p.fill(sub);
      return p;
    });
  }

  get items(): ParagraphProxy[] {
    if (!this.loaded) return this.read("items");
    return this.loaded;
  }

  private pick(which: "first" | "last"): ParagraphProxy {
    return new ParagraphProxy(this.context, () => {
      const nodes = this.source();
      return (which === "first" ? nodes[0] : nodes[nodes.length - 1]) ?? throwNotFound();
    });
  }

  getFirst(): ParagraphProxy {
    return this.pick("first");
  }
  getLast(): ParagraphProxy {
    return this.pick("last");
  }
}

export class RangeProxy extends ClientObject {
  private readonly binding: Binding<Anchor>;
  private fontProxy?: FontProxy;
  private paragraphsProxy?: ParagraphCollectionProxy;

  constructor(context: RequestContext, resolver: Resolver<Anchor>, eager = true) {
    super(context);
    this.binding = new Binding(() => context.hold(resolver()));
    if (eager) context.bindNowOrLater(() => void this.anchor());
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

  anchor(): Anchor {
    const a = this.binding.get();
    if (!a.start.node.alive || !a.end.node.alive) throw notFound();
    return a;
  }

  private get doc(): SimDocument {
    return this.context.doc;
  }

  protected scalars(): Record<string, () => unknown> {
    return {
      text: () => this.doc.textOf(this.anchor()),
      isEmpty: () => this.doc.textOf(this.anchor()).length === 0,
      styleBuiltIn: () => this.anchor().start.node.rec.styleBuiltIn,
      style: () => this.anchor().start.node.rec.style,
    };
  }

  protected override navigation(): Record<string, () => ClientObject> {
    return { font: () => this.font, paragraphs: () => this.paragraphs };
  }

  get text(): string {
    return this.read("text");
  }
  get isEmpty(): boolean {
    return this.read("isEmpty");
  }
  get styleBuiltIn(): string {
    return this.read("styleBuiltIn");
  }
  get style(): string {
    return this.read("style");
  }
  get font(): FontProxy {
    return (this.fontProxy ??= new FontProxy(this.context, () => segmentsOf(this.doc, this.anchor())));
  }
  get paragraphs(): ParagraphCollectionProxy {
    return (this.paragraphsProxy ??= new ParagraphCollectionProxy(this.context, () =>
      this.doc.nodesOf(this.anchor()),
    ));
  }

  insertText(text: string, where: "Replace" | "Start" | "End" | "Before" | "After"): RangeProxy {
    return RangeProxy.inserting(
      this.context,
      () => {
        const a = this.anchor();
        if (where === "Replace") return a;
        if (where === "Start" || where === "Before") return { start: { ...a.start }, end: { ...a.start } };
        if (where === "End" || where === "After") return { start: { ...a.end }, end: { ...a.end } };
        throw new HostError("InvalidArgument", `insertText: '${where}'`);
      },
      text,
    );
  }

  insertParagraph(text: string, where: "Before" | "After"): ParagraphProxy {
    let made: Node | undefined;
    this.context.enqueue(() => {
      const a = this.anchor();
      const ref = where === "Before" ? a.start.node : a.end.node;
      made = this.doc.insertParagraph(ref, text, where);
    }, true);
    return new ParagraphProxy(this.context, () => made ?? throwNotFound(), false);
  }

  delete(): void {
    this.context.enqueue(() => void this.doc.replace(this.anchor(), ""), true);
  }

  /** WordApi 1.4: a comment on this range (this host keeps the text and where it is anchored). */
  insertComment(text: string): CommentProxy {
    this.context.enqueue(() => this.doc.addComment(this.anchor(), text), true);
    return new CommentProxy(this.context, text);
  }

  select(mode: "Select" | "Start" | "End" = "Select"): void {
    this.context.enqueue(() => this.doc.select(collapse(this.anchor(), mode)));
  }

  getRange(where: InsertLocation = "Whole"): RangeProxy {
    return new RangeProxy(this.context, () => {
      const a = this.anchor();
      if (where === "Start" || where === "Before") return { start: { ...a.start }, end: { ...a.start } };
      if (where === "End" || where === "After") return { start: { ...a.end }, end: { ...a.end } };
      return { start: { ...a.start }, end: { ...a.end } };
    });
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

  search(text: string, options: { matchCase?: boolean } = {}): RangeCollectionProxy {
    return new RangeCollectionProxy(this.context, () =>
      findAll(this.doc, this.anchor(), text, options.matchCase ?? false),
    );
  }
}

function relation(doc: SimDocument, a: Anchor, b: Anchor): string {
  const ss = doc.compare(a.start, b.start);
  const ee = doc.compare(a.end, b.end);
  if (ss === 0 && ee === 0) return "Equal";
  const eb = doc.compare(a.end, b.start);
  if (eb < 0) return "Before";
  if (eb === 0) return "AdjacentBefore";
  const sb = doc.compare(a.start, b.end);
  if (sb > 0) return "After";
  if (sb === 0) return "AdjacentAfter";
  if (ss <= 0 && ee >= 0) return ss === 0 ? "ContainsStart" : ee === 0 ? "ContainsEnd" : "Contains";
  if (ss >= 0 && ee <= 0) return ss === 0 ? "InsideStart" : ee === 0 ? "InsideEnd" : "Inside";
  return ss < 0 ? "OverlapsBefore" : "OverlapsAfter";
}

export class RangeCollectionProxy extends ClientObject {
  private readonly binding: Binding<Anchor[]>;
  private loaded?: RangeProxy[];

  constructor(context: RequestContext, resolver: Resolver<Anchor[]>) {
    super(context);
    this.binding = new Binding(resolver);
    context.bindNowOrLater(() => void this.binding.get());
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  override fill(tree: LoadTree): void {
    const sub: LoadTree = new Map(tree.get("items") ?? []);
    for (const [k, v] of tree) if (k !== "items") sub.set(k, v);
    this.loaded = this.binding.get().map((a) => {
      const r = new RangeProxy(this.context, () => a, false);
      r.fill(sub);
      return r;
    });
  }

  get items(): RangeProxy[] {
    if (!this.loaded) return this.read("items");
    return this.loaded;
  }

  getFirst(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const a = this.binding.get()[0];
      if (!a) throw notFound();
      return { start: { ...a.start }, end: { ...a.end } };
    });
  }
}

export class BodyProxy extends ClientObject {
  private paragraphsProxy?: ParagraphCollectionProxy;

  protected scalars(): Record<string, () => unknown> {
    return {
      text: () =>
        this.context.doc
          .allNodes()
          .map((n) => n.rec.text)
          .join("\r"),
    };
  }

  protected override navigation(): Record<string, () => ClientObject> {
    return { paragraphs: () => this.paragraphs };
  }

  get text(): string {
    return this.read("text");
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
    let made: Node | undefined;
    this.context.enqueue(() => {
      made = this.context.doc.insertParagraph(null, text, where);
    }, true);
    return new ParagraphProxy(this.context, () => made ?? throwNotFound(), false);
  }

  getRange(where: "Whole" | "Start" | "End" | "Content" = "Whole"): RangeProxy {
    return new RangeProxy(this.context, () => {
      const nodes = this.context.doc.allNodes();
      const first = nodes[0]!;
      const last = nodes[nodes.length - 1]!;
      const start = { node: first, offset: 0 };
      const end = { node: last, offset: last.rec.text.length };
      if (where === "Start") return { start, end: { ...start } };
      if (where === "End") return { start: { ...end }, end };
      return { start, end };
    });
  }
}

export class DocumentProxy extends ClientObject {
  private bodyProxy?: BodyProxy;

  protected scalars(): Record<string, () => unknown> {
    return {};
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

  /**
   * WordApi 1.6: handlers hear about paragraph edits (text changes only, not cursor moves) after the change,
   * asynchronously. Registration takes effect at sync; `remove()` works at once in this host.
   */
  get onParagraphChanged(): EventHandlers {
    return new EventHandlers(this.context);
  }
}

type ParagraphChangedHandler = (args: { type: string; source: string; uniqueLocalIds: string[] }) => unknown;

export class EventHandlers {
  constructor(private readonly context: RequestContext) {}

  add(handler: ParagraphChangedHandler): { context: { sync(): Promise<void> }; remove(): void } {
    let unsubscribe: (() => void) | undefined;
    let removed = false;
    this.context.enqueue(() => {
      if (removed) return;
      const doc = this.context.doc;
      const textOf = (): string =>
        doc
          .allNodes()
          .map((n) => n.rec.text)
          .join("\r");
      let last = textOf();
      unsubscribe = doc.subscribe(() => {
        const now = textOf();
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

export class CommentProxy extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly commentText: string,
  ) {
    super(context);
  }

  protected scalars(): Record<string, () => unknown> {
    return { content: () => this.commentText };
  }

  get content(): string {
    return this.read("content");
  }
}

/** WordApi 1.3 Table, the part the add-in uses: its size, its values and the repeated header rows. */
export class TableProxy extends ClientObject {
  private readonly binding: Binding<Node[]>;

  constructor(context: RequestContext, resolver: Resolver<Node[]>) {
    super(context);
    this.binding = new Binding(resolver);
  }

  private cells(): Node[] {
    const cells = this.binding.get();
    if (!cells[0]?.alive) throw notFound();
    return cells;
  }

  protected scalars(): Record<string, () => unknown> {
    const meta = () => this.cells()[0]!.rec.table!;
    return {
      rowCount: () => meta().rows,
      headerRowCount: () => meta().headerRowCount,
    };
  }

  get rowCount(): number {
    return this.read("rowCount");
  }
  get headerRowCount(): number {
    return this.read("headerRowCount");
  }
  set headerRowCount(v: number) {
    this.write("headerRowCount", v, () =>
      this.context.doc.setTableHeaderRows(this.cells()[0]!.rec.table!.id, v),
    );
  }
}

/** WordApi 1.3 `context.application`: createDocument(base64).open() records the document it would open. */
export class ApplicationProxy extends ClientObject {
  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  createDocument(base64File?: string): DocumentCreatedProxy {
    return new DocumentCreatedProxy(this.context, base64File ?? "");
  }
}

export class DocumentCreatedProxy extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly base64: string,
  ) {
    super(context);
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  open(): void {
    this.context.enqueue(() => this.context.host.created.push(this.base64));
  }
}
