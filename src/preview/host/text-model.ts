/**
 * The text of the simulated document: its paragraphs (the body's and those of headers, footnotes … the
 * cursor can be in), the styles it defines, and the positions (ranges) the running batches hold, which
 * follow the text as it is edited. With tracking on, edits leave tracked changes (./revisions.ts).
 */
import { followDelete, followEdit, followSplit } from "./positions";
import {
  followInline,
  makeRecord,
  paragraphLike,
  pieceInline,
  type Anchor,
  type HostParagraph,
  type Node,
  type ParagraphRecord,
  type Pos,
} from "./records";
import { markRevision, type TrackingMode } from "./revisions";
import { tableCells } from "./tables";
import { StyleSheet } from "./style-sheet";
import { resolveBuiltIn } from "./styles";

export class TextModel {
  protected nodes: Node[] = [];
  /** Positions held by live batches (and the selection); edits move them. */
  protected readonly anchors = new Set<Anchor>();
  /** Styles the document defines beyond Word's built-in ones. */
  readonly styles = new StyleSheet();
  /** 修订: with tracking on, edits mark text deleted or inserted instead of removing it. */
  trackingMode: TrackingMode = "Off";
  /** Word's 查找和替换 dialog is open: every search fails with SearchDialogIsOpen (office-js #4922). */
  searchDialogOpen = false;
  /** Paragraphs outside the body the cursor can be in: a header's, a footnote's, a comment's … */
  private readonly sideStories: { type: string; nodes: Node[] }[] = [];
  /** Paragraphs made while tracking was on (their paragraph mark is a tracked insertion). */
  private readonly madeTracked = new WeakSet<Node>();

  private made(node: Node): Node {
    if (this.trackingMode !== "Off") this.madeTracked.add(node);
    return node;
  }

  /**
   * Whether all of `a` was inserted under tracking. Word removes such text outright when it is deleted
   * (a change withdrawn, not a deletion to review), paragraph marks included.
   */
  private insertedTracked(a: Anchor): boolean {
    return this.nodesOf(a).every((n, k) => {
      if (k > 0 && !this.madeTracked.has(n)) return false;
      const s = n === a.start.node ? a.start.offset : 0;
      const e = n === a.end.node ? a.end.offset : n.rec.text.length;
      return (
        s === e || (n.rec.revisions ?? []).some((r) => r.kind === "inserted" && r.start <= s && r.end >= e)
      );
    });
  }

  protected record(p: HostParagraph): ParagraphRecord {
    const named = p.style !== undefined && !p.styleBuiltIn ? this.styles.named(p.style) : undefined;
    const style = named ?? resolveBuiltIn(p.styleBuiltIn ?? "Normal");
    return makeRecord(p, p.style && !named ? { ...style, name: p.style, builtIn: "Other" } : style);
  }

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

  /** The paragraphs `node` is among: the body's, or those of the header, footnote … it belongs to. */
  listOf(node: Node): Node[] {
    if (this.nodes.includes(node)) return this.nodes;
    return this.sideStories.find((s) => s.nodes.includes(node))?.nodes ?? this.nodes;
  }

  /** Body.type of the story `node` is in: "MainDoc", or "TableCell" for a cell, or the side story's type. */
  storyType(node: Node): string {
    if (this.nodes.includes(node)) return node.rec.tableNestingLevel > 0 ? "TableCell" : "MainDoc";
    return this.sideStories.find((s) => s.nodes.includes(node))?.type ?? "Unknown";
  }

  /** A side story of `type` holding one paragraph `text` (made on first use); returns that paragraph. */
  sideParagraph(type: string, text: string): Node {
    let story = this.sideStories.find((s) => s.type === type);
    if (!story)
      this.sideStories.push((story = { type, nodes: [{ rec: this.record({ text }), alive: true }] }));
    return story.nodes[0]!;
  }

  track(a: Anchor): Anchor {
    this.anchors.add(a);
    return a;
  }

  untrack(a: Anchor): void {
    this.anchors.delete(a);
  }

  /** Paragraph nodes a range touches, in document order. */
  nodesOf(a: Anchor): Node[] {
    const list = this.listOf(a.start.node);
    const i = list.indexOf(a.start.node);
    const j = list.indexOf(a.end.node);
    if (i < 0 || j < 0) return [];
    return list.slice(i, j + 1);
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
    const list = ref ? this.listOf(ref) : this.nodes;
    if (ref) {
      const i = list.indexOf(ref);
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
    const node = this.made({ rec, alive: true });
    list.splice(at, 0, node);
    this.replace({ start: { node, offset: 0 }, end: { node, offset: 0 } }, text);
    return node;
  }

  /** Paragraph.delete: the paragraph and its text go; positions in it move to the next paragraph. */
  deleteParagraph(node: Node): void {
    // Under tracking the paragraph stays, its text marked deleted, unless it was itself a tracked insertion.
    const whole = { start: { node, offset: 0 }, end: { node, offset: node.rec.text.length } };
    const tracked =
      this.trackingMode !== "Off" && !(this.madeTracked.has(node) && this.insertedTracked(whole));
    if (this.nodes.length === 1 || tracked) {
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

  /**
   * Replaces a range's text and returns the range of the new text. Newlines in `text` become paragraph
   * breaks; a range over several paragraphs merges them, as Word does.
   */
  replace(a: Anchor, text: string): Anchor {
    if (this.trackingMode === "Off") return this.replaceText(a, text);
    // Tracked: the old text stays, marked deleted (unless it was a tracked insertion itself); the new text
    // follows it, marked inserted.
    let made: Anchor;
    if (this.insertedTracked(a)) made = this.replaceText(a, text);
    else {
      for (const n of this.nodesOf(a)) {
        const s = n === a.start.node ? a.start.offset : 0;
        markRevision(n.rec, "deleted", s, n === a.end.node ? a.end.offset : n.rec.text.length);
      }
      made = this.replaceText({ start: { ...a.end }, end: { ...a.end } }, text);
    }
    for (const n of this.nodesOf(made)) {
      const s = n === made.start.node ? made.start.offset : 0;
      markRevision(n.rec, "inserted", s, n === made.end.node ? made.end.offset : n.rec.text.length);
    }
    return made;
  }

  private replaceText(a: Anchor, text: string): Anchor {
    const first = a.start.node;
    const last = a.end.node;
    const s = a.start.offset;
    const e = a.end.offset;
    const t = text.replace(/\r\n?/g, "\n");
    const head = first.rec.text.slice(0, s);
    const tail = last.rec.text.slice(e);
    const removed = last === first ? [] : this.nodesOf(a).slice(1);
    followEdit(this.anchors, { first, last, s, e, inserted: t.length, removed });
    // Runs and marks follow an edit inside one paragraph, also a split (each piece keeps its own, as in Word).
    followInline(first.rec, last === first, s, e, t.length);
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
    const pieces = node.rec.text.split("\n");
    if (pieces.length < 2) return;
    const starts: number[] = [];
    let acc = 0;
    for (const p of pieces) {
      starts.push(acc);
      acc += p.length + 1;
    }
    const made: Node[] = [node];
    const whole = { runs: node.rec.runs, marks: node.rec.marks, revisions: node.rec.revisions };
    node.rec.text = pieces[0]!;
    const list = this.listOf(node);
    let at = list.indexOf(node);
    pieces.slice(1).forEach((p, k) => {
      const n = this.made({ rec: paragraphLike(node.rec, p), alive: true });
      pieceInline(n.rec, whole, starts[k + 1]!, starts[k + 1]! + p.length);
      list.splice(++at, 0, n);
      made.push(n);
    });
    pieceInline(node.rec, whole, 0, pieces[0]!.length);
    followSplit([...this.anchors, result], node, made, starts);
  }
}
