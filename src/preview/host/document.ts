/**
 * The in-memory document behind the simulated Word host, as the preview page and tests see it: its text
 * (./text-model.ts), the selection, the comments, listeners told about changes, and what a user does
 * between two batches (typing, clicking, turning on 修订, opening the Find dialog).
 */
import {
  copyRecord,
  type Anchor,
  type HostComment,
  type HostParagraph,
  type HostSelection,
  type ParagraphRecord,
} from "./records";
import type { TrackingMode } from "./revisions";
import type { HostStyle } from "./styles";
import { TextModel } from "./text-model";

export type DocumentListener = () => void;

export class SimDocument extends TextModel {
  readonly id: string | undefined;
  readOnly: boolean;
  private sel: Anchor;
  private readonly listeners = new Set<DocumentListener>();
  private readonly commentAnchors: { anchor: Anchor; text: string }[] = [];

  constructor(
    initial: HostParagraph[] = [],
    opts: { id?: string; readOnly?: boolean; styles?: HostStyle[] } = {},
  ) {
    super();
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

  /** The user deletes text[start, end) of a paragraph (a tracked deletion while 修订 is on). */
  deleteText(paragraph: number, start: number, end: number): void {
    const node = this.nodes[paragraph];
    if (!node) throw new RangeError(`no paragraph ${paragraph}`);
    this.replace({ start: { node, offset: start }, end: { node, offset: end } }, "");
    this.notify();
  }

  /** The user presses Enter at the end of a paragraph and types `text`. */
  addParagraphAfter(paragraph: number, text: string): void {
    const node = this.nodes[paragraph];
    if (!node) throw new RangeError(`no paragraph ${paragraph}`);
    this.insertParagraph(node, text, "After");
    this.notify();
  }

  /** The user deletes a whole paragraph (under 修订 it stays, its text marked deleted). */
  removeParagraph(paragraph: number): void {
    const node = this.nodes[paragraph];
    if (!node) throw new RangeError(`no paragraph ${paragraph}`);
    this.deleteParagraph(node);
    this.notify();
  }

  /** 审阅 → 修订: turns change tracking on or off. */
  setTracking(mode: TrackingMode): void {
    this.trackingMode = mode;
    this.notify();
  }

  /** The user opens (or closes) Word's 查找和替换 dialog. */
  setSearchDialog(open: boolean): void {
    this.searchDialogOpen = open;
  }

  /** The user clicks into a header, footnote, comment or text box (`type` as Body.type names it). */
  placeCursorIn(type: string, text = ""): void {
    const node = this.sideParagraph(type, text);
    this.sel.start = { node, offset: 0 };
    this.sel.end = { node, offset: 0 };
    this.notify();
  }

  selectionAnchor(): Anchor {
    return { start: { ...this.sel.start }, end: { ...this.sel.end } };
  }

  select(a: Anchor): void {
    this.sel.start = { ...a.start };
    this.sel.end = { ...a.end };
  }

  override untrack(a: Anchor): void {
    if (a !== this.sel) super.untrack(a);
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
}
