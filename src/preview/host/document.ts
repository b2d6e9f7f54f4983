/**
 * The in-memory document behind the simulated Word host: paragraphs, a selection, and the positions
 * (ranges) the running batches hold, which follow the text as it is edited.
 */
import { followDelete, followEdit, followSplit } from "./positions";
import {
  copyRecord,
  followInline,
  makeRecord,
  paragraphLike,
  type Anchor,
  type HostComment,
  type HostParagraph,
  type HostSelection,
  type Node,
  type ParagraphRecord,
  type Pos,
} from "./records";
import { tableCells } from "./tables";
import { StyleSheet } from "./style-sheet";
import { resolveBuiltIn, type HostStyle } from "./styles";

export type DocumentListener = () => void;

export class SimDocument {
  readonly id: string | undefined;
  readOnly: boolean;
  private nodes: Node[];
  private sel: Anchor;
  /** Positions held by live batches (and the selection); edits move them. */
  private readonly anchors = new Set<Anchor>();
  private readonly listeners = new Set<DocumentListener>();
  private readonly commentAnchors: { anchor: Anchor; text: string }[] = [];
  /** Styles the document defines beyond Word's built-in ones. */
  readonly styles = new StyleSheet();

  constructor(
    initial: HostParagraph[] = [],
    opts: { id?: string; readOnly?: boolean; styles?: HostStyle[] } = {},
  ) {
    this.id = opts.id;
    this.readOnly = opts.readOnly ?? false;
    this.styles.define(opts.styles ?? []);
    const paragraphs = initial.length > 0 ? initial : [{ text: "" }];
    this.nodes = paragraphs.map((p) => ({ rec: this.record(p), alive: true }));
    const first = this.nodes[0]!;
    this.sel = { start: { node: first, offset: 0 }, end: { node: first, offset: 0 } };
    this.anchors.add(this.sel);
  }

  // ---- observation (preview page) ----

  subscribe(listener: DocumentListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const l of [...this.listeners]) l();
  }

  snapshot(): ParagraphRecord[] {
    return this.nodes.map((n) => copyRecord(n.rec));
  }

  selection(): HostSelection {
    const a = this.sel;
    return {
      paragraph: this.indexOf(a.start.node),
      start: a.start.offset,
      end: a.end.offset,
      endParagraph: this.indexOf(a.end.node),
      text: this.textOf(a),
    };
  }

  /** Moves the cursor (as the user would by clicking); offsets are clamped to the paragraph. */
  setSelection(paragraph: number, start = 0, end = start): void {
    const node = this.nodes[Math.max(0, Math.min(paragraph, this.nodes.length - 1))]!;
    const len = node.rec.text.length;
    const s = Math.max(0, Math.min(start, len));
    const e = Math.max(s, Math.min(end, len));
    this.sel.start = { node, offset: s };
    this.sel.end = { node, offset: e };
    this.notify();
  }

  /** Replaces all paragraphs and styles (the preview page loading a sample); not part of the Word API. */
  load(paragraphs: HostParagraph[], styles: HostStyle[] = []): void {
    for (const n of this.nodes) n.alive = false;
    this.styles.clear();
    this.styles.define(styles);
    this.nodes = (paragraphs.length > 0 ? paragraphs : [{ text: "" }]).map((p) => ({
      rec: this.record(p),
      alive: true,
    }));
    const first = this.nodes[0]!;
    this.sel.start = { node: first, offset: 0 };
    this.sel.end = { node: first, offset: 0 };
    this.notify();
  }

  /** Simulates the user typing over a paragraph's whole text between two batches. */
  editText(paragraph: number, text: string): void {
    const node = this.nodes[paragraph];
    if (!node) throw new RangeError(`no paragraph ${paragraph}`);
    this.replace({ start: { node, offset: 0 }, end: { node, offset: node.rec.text.length } }, text);
    this.notify();
  }

  private record(p: HostParagraph): ParagraphRecord {
    const named = p.style !== undefined && !p.styleBuiltIn ? this.styles.named(p.style) : undefined;
    const style = named ?? resolveBuiltIn(p.styleBuiltIn ?? "Normal");
    return makeRecord(p, p.style && !named ? { ...style, name: p.style, builtIn: "Other" } : style);
  }

  // ---- used by the request context while it applies a batch ----

  get length(): number {
    return this.nodes.length;
  }

  nodeAt(index: number): Node | undefined {
    return this.nodes[index];
  }

  allNodes(): readonly Node[] {
    return this.nodes;
  }

  indexOf(node: Node): number {
    return this.nodes.indexOf(node);
  }

  selectionAnchor(): Anchor {
    return { start: { ...this.sel.start }, end: { ...this.sel.end } };
  }

  select(a: Anchor): void {
    this.sel.start = { ...a.start };
    this.sel.end = { ...a.end };
  }

  track(a: Anchor): Anchor {
    this.anchors.add(a);
    return a;
  }

  untrack(a: Anchor): void {
    if (a !== this.sel) this.anchors.delete(a);
  }

  /** Paragraph nodes a range touches, in document order. */
  nodesOf(a: Anchor): Node[] {
    const i = this.indexOf(a.start.node);
    const j = this.indexOf(a.end.node);
    if (i < 0 || j < 0) return [];
    return this.nodes.slice(i, j + 1);
  }

  /** A range's text; paragraphs are joined with "\r" as Word does. */
  textOf(a: Anchor): string {
    const nodes = this.nodesOf(a);
    if (nodes.length === 1) return a.start.node.rec.text.slice(a.start.offset, a.end.offset);
    return nodes
      .map((n, k) => {
        const s = k === 0 ? a.start.offset : 0;
        const e = k === nodes.length - 1 ? a.end.offset : n.rec.text.length;
        return n.rec.text.slice(s, e);
      })
      .join("\r");
  }

  /** -1, 0, 1: document order of two positions. */
  compare(p: Pos, q: Pos): number {
    const i = this.indexOf(p.node);
    const j = this.indexOf(q.node);
    if (i !== j) return i < j ? -1 : 1;
    return p.offset === q.offset ? 0 : p.offset < q.offset ? -1 : 1;
  }

  insertParagraph(ref: Node | null, text: string, where: "Before" | "After" | "Start" | "End"): Node {
    // A new paragraph takes its neighbour's formatting and, like Word, joins its neighbour's list.
    let at: number;
    let model: ParagraphRecord;
    if (ref) {
      const i = this.indexOf(ref);
      at = where === "Before" ? i : i + 1;
      model = ref.rec;
    } else {
      at = where === "Start" ? 0 : this.nodes.length;
      model =
        (where === "Start" ? this.nodes[0] : this.nodes[this.nodes.length - 1])?.rec ??
        this.record({ text: "" });
    }
    const rec = paragraphLike(model, "");
    rec.tableNestingLevel = ref ? ref.rec.tableNestingLevel : 0;
    delete rec.table;
    const node: Node = { rec, alive: true };
    this.nodes.splice(at, 0, node);
    this.replace({ start: { node, offset: 0 }, end: { node, offset: 0 } }, text);
    return node;
  }

  /** Paragraph.delete: the paragraph and its text go; positions in it move to the next paragraph. */
  deleteParagraph(node: Node): void {
    if (this.nodes.length === 1) {
      this.replace({ start: { node, offset: 0 }, end: { node, offset: node.rec.text.length } }, "");
      return;
    }
    const i = this.indexOf(node);
    followDelete(this.anchors, node, this.nodes[i + 1], this.nodes[i - 1]!);
    node.alive = false;
    this.nodes.splice(i, 1);
  }

  /**
   * Inserts a table before or after `ref` (see ./tables.ts). Like Word, a table never ends the document:
   * an empty paragraph follows a table inserted at the end.
   */
  insertTable(ref: Node, where: "Before" | "After", rows: number, cols: number, values?: string[][]): Node[] {
    const cells = tableCells(ref.rec, rows, cols, values);
    const at = this.indexOf(ref) + (where === "After" ? 1 : 0);
    this.nodes.splice(at, 0, ...cells);
    if (at + cells.length === this.nodes.length)
      this.nodes.push({ rec: this.record({ text: "" }), alive: true });
    return cells;
  }

  /** Sets a table property shared by all its cells. */
  setTableHeaderRows(id: string, count: number): void {
    for (const n of this.nodes) if (n.rec.table?.id === id) n.rec.table.headerRowCount = count;
  }

  addComment(a: Anchor, text: string): void {
    this.commentAnchors.push({ anchor: this.track({ start: { ...a.start }, end: { ...a.end } }), text });
  }

  /** The comments on live text, in the order they were added. */
  comments(): HostComment[] {
    return this.commentAnchors
      .filter((c) => c.anchor.start.node.alive)
      .map((c) => ({
        paragraph: this.indexOf(c.anchor.start.node),
        start: c.anchor.start.offset,
        end: c.anchor.end.offset,
        text: c.text,
      }));
  }

  /**
   * Replaces a range's text and returns the range of the new text. Newlines in `text` become paragraph
   * breaks; a range over several paragraphs merges them, as Word does.
   */
  replace(a: Anchor, text: string): Anchor {
    const first = a.start.node;
    const last = a.end.node;
    const s = a.start.offset;
    const e = a.end.offset;
    const t = text.replace(/\r\n?/g, "\n");
    const head = first.rec.text.slice(0, s);
    const tail = last.rec.text.slice(e);
    const removed = last === first ? [] : this.nodesOf(a).slice(1);
    followEdit(this.anchors, { first, last, s, e, inserted: t.length, removed });
    // Runs and marks follow an edit inside one paragraph; splitting or merging paragraphs drops them (simplest).
    followInline(first.rec, last === first && !t.includes("\n"), s, e, t.length);
    first.rec.text = head + t + tail;
    if (removed.length > 0) {
      for (const n of removed) n.alive = false;
      this.nodes = this.nodes.filter((n) => n.alive);
    }
    const result: Anchor = { start: { node: first, offset: s }, end: { node: first, offset: s + t.length } };
    this.splitLines(first, result);
    return result;
  }

  private splitLines(node: Node, result: Anchor): void {
    const text = node.rec.text;
    if (!text.includes("\n")) return;
    const pieces = text.split("\n");
    const starts: number[] = [];
    let acc = 0;
    for (const p of pieces) {
      starts.push(acc);
      acc += p.length + 1;
    }
    const made: Node[] = [node];
    node.rec.text = pieces[0]!;
    let at = this.indexOf(node);
    for (const p of pieces.slice(1)) {
      const n: Node = { rec: paragraphLike(node.rec, p), alive: true };
      this.nodes.splice(++at, 0, n);
      made.push(n);
    }
    followSplit([...this.anchors, result], node, made, starts);
  }
}
