/**
 * The records of the simulated Word host: a paragraph with every field filled, its font and runs, where it
 * sits in a table, and the positions (ranges) that point into it.
 */
import { clipMarks, copyMarks, shiftMarks, type InlineMark } from "./marks";
import { clipRevisions, copyRevisions, shiftRevisions, type Revision } from "./revisions";
import { clipRuns, shiftRuns, type FontRun } from "./runs";
import { BUILT_IN_STYLES, type ResolvedStyle } from "./styles";

export type Alignment = "Left" | "Centered" | "Right" | "Justified";

/** 单倍/多倍 (a multiple of 12 pt: 24 is double), 最小值, 固定值: the rule OOXML writes as w:lineRule. */
export type LineSpacingRule = "multiple" | "atLeast" | "exact";

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
  /** Localized style name, or the name of a style the document defines; derived from `styleBuiltIn` when absent. */
  style?: string;
  alignment?: Alignment;
  firstLineIndent?: number;
  leftIndent?: number;
  lineSpacing?: number;
  lineSpacingRule?: LineSpacingRule;
  spaceBefore?: number;
  spaceAfter?: number;
  outlineLevel?: number;
  isListItem?: boolean;
  /** Word's list number as displayed ("1.", "（一）"); static in this host. */
  listString?: string;
  listLevel?: number;
  tableNestingLevel?: number;
  /** Direct formatting of all the paragraph's text (pasted text brings it): it overrides the style. */
  font?: Partial<HostFont>;
  /** Font overrides for character ranges (a run-in lead in another font). */
  runs?: FontRun[];
  /** Hyperlinks, bookmarks and fields over the text. */
  marks?: InlineMark[];
  /** Tracked deletions and insertions (修订) over the text; deleted text is still part of `text`. */
  revisions?: Revision[];
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
  lineSpacingRule: LineSpacingRule;
  spaceBefore: number;
  spaceAfter: number;
  outlineLevel: number;
  isListItem: boolean;
  listString: string;
  listLevel: number;
  tableNestingLevel: number;
  /** The font as drawn and read: the style's, under the direct formatting in `directFont`. */
  font: HostFont;
  /** Formatting set directly on all the text; applying a paragraph style keeps it, as Word does. */
  directFont: Partial<HostFont>;
  /**
   * Font overrides for character ranges, over `font` (sorted, disjoint). Text edits inside one paragraph
   * shift them (inserted text takes the format before it); edits that split or merge paragraphs drop them.
   */
  runs?: FontRun[];
  marks?: InlineMark[];
  /** Sorted by start; they follow edits like the runs (see ./revisions.ts). */
  revisions?: Revision[];
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

export function localizedStyle(builtIn: string): string {
  return BUILT_IN_STYLES[builtIn]?.localized ?? builtIn;
}

export function builtInFromLocalized(name: string): string {
  for (const [key, def] of Object.entries(BUILT_IN_STYLES)) {
    if (def.localized === name || key === name) return key;
  }
  return "Other";
}

/**
 * A record for `p`, formatted by `style` (the style `p` names, resolved by the document). The fixture's
 * font properties that differ from the style's are direct formatting.
 */
export function makeRecord(p: HostParagraph, style: ResolvedStyle): ParagraphRecord {
  const direct = Object.fromEntries(
    Object.entries(definedOnly(p.font ?? {})).filter(([k, v]) => style.font[k as keyof HostFont] !== v),
  ) as Partial<HostFont>;
  return {
    text: p.text,
    styleBuiltIn: style.builtIn,
    style: style.name,
    alignment: p.alignment ?? style.alignment,
    firstLineIndent: p.firstLineIndent ?? style.firstLineIndent,
    leftIndent: p.leftIndent ?? style.leftIndent,
    lineSpacing: p.lineSpacing ?? style.lineSpacing,
    lineSpacingRule: p.lineSpacingRule ?? style.lineSpacingRule,
    spaceBefore: p.spaceBefore ?? style.spaceBefore,
    spaceAfter: p.spaceAfter ?? style.spaceAfter,
    outlineLevel: p.outlineLevel ?? style.outlineLevel,
    isListItem: p.isListItem ?? p.listString !== undefined,
    listString: p.listString ?? "",
    listLevel: p.listLevel ?? 0,
    tableNestingLevel: p.tableNestingLevel ?? 0,
    font: { ...style.font, ...direct },
    directFont: direct,
    ...(p.runs && p.runs.length > 0 ? { runs: copyRuns(p.runs) } : {}),
    ...(p.marks && p.marks.length > 0 ? { marks: copyMarks(p.marks) } : {}),
    ...(p.revisions && p.revisions.length > 0 ? { revisions: copyRevisions(p.revisions) } : {}),
    ...(p.table ? { table: { ...p.table } } : {}),
  };
}

export function definedOnly(font: Partial<HostFont>): Partial<HostFont> {
  return Object.fromEntries(Object.entries(font).filter(([, v]) => v !== undefined)) as Partial<HostFont>;
}

function copyRuns(runs: readonly FontRun[]): FontRun[] {
  return runs.map((r) => ({ start: r.start, end: r.end, font: { ...r.font } }));
}

export function copyRecord(r: ParagraphRecord): ParagraphRecord {
  return {
    ...r,
    font: { ...r.font },
    directFont: { ...r.directFont },
    ...(r.runs ? { runs: copyRuns(r.runs) } : {}),
    ...(r.marks ? { marks: copyMarks(r.marks) } : {}),
    ...(r.revisions ? { revisions: copyRevisions(r.revisions) } : {}),
    ...(r.table ? { table: { ...r.table } } : {}),
  };
}

/**
 * A new paragraph beside `model`, as Word makes one: same paragraph formatting, style and list membership
 * (a paragraph inserted next to a list item joins the list), the run formatting of its paragraph mark.
 */
export function paragraphLike(model: ParagraphRecord, text: string): ParagraphRecord {
  const rec = copyRecord(model);
  rec.text = text;
  delete rec.runs;
  delete rec.marks;
  delete rec.revisions;
  if (rec.isListItem) rec.listString = nextListString(model.listString);
  return rec;
}

/** The number Word would give the next item of a list ("2." after "1."); lists are otherwise static here. */
function nextListString(s: string): string {
  return s.replace(/\d+/, (n) => String(Number(n) + 1));
}

/** Sets direct formatting on all the text (Font.name = … on a whole paragraph). */
export function setDirectFont<K extends keyof HostFont>(rec: ParagraphRecord, k: K, v: HostFont[K]): void {
  rec.font[k] = v;
  rec.directFont[k] = v;
}

/**
 * Applying a paragraph style resets the paragraph's own formatting to the style's, as Word does; direct
 * formatting of the text (runs, `directFont`) and list membership stay.
 */
export function applyStyle(rec: ParagraphRecord, style: ResolvedStyle): void {
  rec.styleBuiltIn = style.builtIn;
  rec.style = style.name;
  rec.font = { ...style.font, ...rec.directFont };
  rec.alignment = style.alignment;
  rec.outlineLevel = style.outlineLevel;
  rec.spaceBefore = style.spaceBefore;
  rec.spaceAfter = style.spaceAfter;
  rec.firstLineIndent = style.firstLineIndent;
  rec.leftIndent = style.leftIndent;
  rec.lineSpacing = style.lineSpacing;
  rec.lineSpacingRule = style.lineSpacingRule;
}

/** Runs and marks after text[s, e) became `inserted` characters long; dropped when `keep` is false. */
export function followInline(
  rec: ParagraphRecord,
  keep: boolean,
  s: number,
  e: number,
  inserted: number,
): void {
  setInline(
    rec,
    keep && rec.runs ? shiftRuns(rec.runs, s, e, inserted) : [],
    keep && rec.marks ? shiftMarks(rec.marks, s, e, inserted) : [],
    keep && rec.revisions ? shiftRevisions(rec.revisions, s, e, inserted) : [],
  );
}

/**
 * Gives `rec` the runs, marks and tracked changes of characters [start, end) of `whole` (one piece of a
 * split paragraph).
 */
export function pieceInline(
  rec: ParagraphRecord,
  whole: Pick<ParagraphRecord, "runs" | "marks" | "revisions">,
  start: number,
  end: number,
): void {
  setInline(
    rec,
    clipRuns(whole.runs, start, end),
    clipMarks(whole.marks, start, end),
    clipRevisions(whole.revisions, start, end),
  );
}

/** Stores the runs, marks and tracked changes on `rec`, leaving out the empty lists (a plain paragraph has none). */
function setInline(rec: ParagraphRecord, runs: FontRun[], marks: InlineMark[], revisions: Revision[]): void {
  if (runs.length > 0) rec.runs = runs;
  else delete rec.runs;
  if (marks.length > 0) rec.marks = marks;
  else delete rec.marks;
  if (revisions.length > 0) rec.revisions = revisions;
  else delete rec.revisions;
}
