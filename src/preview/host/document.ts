/**
 * The in-memory document behind the simulated Word host: paragraphs, a selection, and the positions
 * (ranges) the running batches hold, which follow the text as it is edited.
 */
import { shiftRuns, type FontRun } from "./runs";
import { BUILT_IN_STYLES } from "./styles";

export type Alignment = "Left" | "Centered" | "Right" | "Justified";

export interface HostFont {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  color: string;
  /** East Asian font (w:rFonts w:eastAsia); absent = follows the Latin name / theme, as a fresh style does. */
  nameFarEast?: string;
}

/** What a fixture or the preview page gives the host: only `text` is required. */
export interface HostParagraph {
  text: string;
  styleBuiltIn?: string;
  /** Localized style name; derived from `styleBuiltIn` when absent. */
  style?: string;
  alignment?: Alignment;
  firstLineIndent?: number;
  leftIndent?: number;
  lineSpacing?: number;
  spaceBefore?: number;
  spaceAfter?: number;
  outlineLevel?: number;
  isListItem?: boolean;
  /** Word's list number as displayed ("1.", "（一）"); static in this host. */
  listString?: string;
  listLevel?: number;
  tableNestingLevel?: number;
  font?: Partial<HostFont>;
  /** Font overrides for character ranges (a run-in lead in another font). */
  runs?: FontRun[];
  /** The cell this paragraph fills when it sits in a table (see `SimDocument.insertTable`). */
  table?: TableCell;
}

/** Where a paragraph sits in a table: one paragraph per cell in this host. */
export interface TableCell {
  /** Same for every cell of one table. */
  id: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  headerRowCount: number;
}

/** A comment anchored to a span of one paragraph (Range.insertComment, WordApi 1.4). */
export interface HostComment {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** A paragraph as the host stores it: every field filled. */
export interface ParagraphRecord {
  text: string;
  styleBuiltIn: string;
  style: string;
  alignment: Alignment;
  firstLineIndent: number;
  leftIndent: number;
  lineSpacing: number;
  spaceBefore: number;
  spaceAfter: number;
  outlineLevel: number;
  isListItem: boolean;
  listString: string;
  listLevel: number;
  tableNestingLevel: number;
  font: HostFont;
  /**
   * Font overrides for character ranges, over `font` (sorted, disjoint). Text edits inside one paragraph
   * shift them (inserted text takes the format before it); edits that split or merge paragraphs drop them.
   */
  runs?: FontRun[];
  table?: TableCell;
}

/** Where the cursor is: paragraph index and character offsets (end may lie in a later paragraph). */
export interface HostSelection {
  paragraph: number;
  start: number;
  end: number;
  endParagraph: number;
  text: string;
}

/** A paragraph node: identity survives inserts around it. */
export interface Node {
  rec: ParagraphRecord;
  alive: boolean;
}

export interface Pos {
  node: Node;
  offset: number;
}

export interface Anchor {
  start: Pos;
  end: Pos;
}

const NORMAL = BUILT_IN_STYLES.Normal!;

export function localizedStyle(builtIn: string): string {
  return BUILT_IN_STYLES[builtIn]?.localized ?? builtIn;
}

export function builtInFromLocalized(name: string): string {
  for (const [key, def] of Object.entries(BUILT_IN_STYLES)) {
    if (def.localized === name || key === name) return key;
  }
  return "Other";
}

export function makeRecord(p: HostParagraph): ParagraphRecord {
  const builtIn = p.styleBuiltIn ?? (p.style ? builtInFromLocalized(p.style) : "Normal");
  const def = BUILT_IN_STYLES[builtIn] ?? NORMAL;
  return {
    text: p.text,
    styleBuiltIn: builtIn,
    style: p.style ?? localizedStyle(builtIn),
    alignment: p.alignment ?? def.alignment,
    firstLineIndent: p.firstLineIndent ?? 0,
    leftIndent: p.leftIndent ?? 0,
    lineSpacing: p.lineSpacing ?? 12,
    spaceBefore: p.spaceBefore ?? def.spaceBefore,
    spaceAfter: p.spaceAfter ?? def.spaceAfter,
    outlineLevel: p.outlineLevel ?? def.outlineLevel,
    isListItem: p.isListItem ?? p.listString !== undefined,
    listString: p.listString ?? "",
    listLevel: p.listLevel ?? 0,
    tableNestingLevel: p.tableNestingLevel ?? 0,
    font: { ...def.font, ...p.font },
    ...(p.runs && p.runs.length > 0 ? { runs: copyRuns(p.runs) } : {}),
    ...(p.table ? { table: { ...p.table } } : {}),
  };
}

function copyRuns(runs: readonly FontRun[]): FontRun[] {
  return runs.map((r) => ({ start: r.start, end: r.end, font: { ...r.font } }));
}

function copyRecord(r: ParagraphRecord): ParagraphRecord {
  return {
    ...r,
    font: { ...r.font },
    ...(r.runs ? { runs: copyRuns(r.runs) } : {}),
    ...(r.table ? { table: { ...r.table } } : {}),
  };
}

let tableCounter = 0;

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

  constructor(initial: HostParagraph[] = [], opts: { id?: string; readOnly?: boolean } = {}) {
    this.id = opts.id;
    this.readOnly = opts.readOnly ?? false;
    const paragraphs = initial.length > 0 ? initial : [{ text: "" }];
    this.nodes = paragraphs.map((p) => ({ rec: makeRecord(p), alive: true }));
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

  /** Replaces all paragraphs (the preview page loading a sample); not part of the Word API. */
  load(paragraphs: HostParagraph[]): void {
    for (const n of this.nodes) n.alive = false;
    this.nodes = (paragraphs.length > 0 ? paragraphs : [{ text: "" }]).map((p) => ({
      rec: makeRecord(p),
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
    // A new paragraph takes its neighbour's formatting (but not its list membership: lists are static here).
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
        makeRecord({ text: "" });
    }
    const rec = copyRecord(model);
    rec.text = "";
    rec.isListItem = false;
    rec.listString = "";
    rec.tableNestingLevel = ref ? ref.rec.tableNestingLevel : 0;
    delete rec.table;
    delete rec.runs;
    const node: Node = { rec, alive: true };
    this.nodes.splice(at, 0, node);
    this.replace({ start: { node, offset: 0 }, end: { node, offset: 0 } }, text);
    return node;
  }

  /**
   * Inserts a table before or after `ref`: one paragraph per cell, row by row, each with tableNestingLevel 1.
   * Like Word, a table never ends the document: an empty paragraph follows a table inserted at the end.
   */
  insertTable(ref: Node, where: "Before" | "After", rows: number, cols: number, values?: string[][]): Node[] {
    if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1) {
      throw new RangeError("a table needs at least one row and one column");
    }
    const id = `t${++tableCounter}`;
    const cells: Node[] = [];
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const rec = makeRecord({ text: (values?.[r]?.[c] ?? "").replace(/\r\n?|\n/g, "\u000b") });
        rec.tableNestingLevel = 1;
        rec.table = { id, row: r, col: c, rows, cols, headerRowCount: 0 };
        cells.push({ rec, alive: true });
      }
    }
    const at = this.indexOf(ref) + (where === "After" ? 1 : 0);
    this.nodes.splice(at, 0, ...cells);
    if (at + cells.length === this.nodes.length)
      this.nodes.push({ rec: makeRecord({ text: "" }), alive: true });
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
    const delta = t.length - (last === first ? e - s : 0);
    const removed = last === first ? [] : this.nodesOf(a).slice(1);
    for (const anchor of this.anchors) {
      for (const pos of [anchor.start, anchor.end]) {
        const isEnd = pos === anchor.end;
        if (pos.node === first && last === first) {
          // Positions at an insertion point move behind the new text; inside a replaced span they clamp to it.
          if (pos.offset < s) continue;
          if (s === e || pos.offset >= e) pos.offset += delta;
          else if (pos.offset > s) pos.offset = isEnd ? s + t.length : s;
        } else if (pos.node === first) {
          if (pos.offset > s) pos.offset = isEnd ? s + t.length : s;
        } else if (removed.includes(pos.node)) {
          const inLast = pos.node === last && pos.offset >= e;
          pos.node = first;
          pos.offset = inLast ? s + t.length + (pos.offset - e) : isEnd ? s + t.length : s;
        }
      }
    }
    // Runs follow an edit inside one paragraph; splitting or merging paragraphs drops them (simplest).
    const runs =
      first.rec.runs && last === first && !t.includes("\n") ? shiftRuns(first.rec.runs, s, e, t.length) : [];
    if (runs.length > 0) first.rec.runs = runs;
    else delete first.rec.runs;
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
      const rec = copyRecord(node.rec);
      rec.text = p;
      rec.isListItem = false;
      rec.listString = "";
      const n: Node = { rec, alive: true };
      this.nodes.splice(++at, 0, n);
      made.push(n);
    }
    const relocate = (pos: Pos): void => {
      if (pos.node !== node) return;
      let k = starts.length - 1;
      while (k > 0 && starts[k]! > pos.offset) k--;
      pos.node = made[k]!;
      pos.offset = Math.min(pos.offset - starts[k]!, made[k]!.rec.text.length);
    };
    for (const anchor of [...this.anchors, result]) {
      relocate(anchor.start);
      relocate(anchor.end);
    }
  }
}
