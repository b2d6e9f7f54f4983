/**
 * The records of the simulated Word host: a paragraph with every field filled, its font and runs, where it
 * sits in a table, and the positions (ranges) that point into it.
 */
import type { FontRun } from "./runs";
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

export function copyRecord(r: ParagraphRecord): ParagraphRecord {
  return {
    ...r,
    font: { ...r.font },
    ...(r.runs ? { runs: copyRuns(r.runs) } : {}),
    ...(r.table ? { table: { ...r.table } } : {}),
  };
}

/** A copy of `model` for a new paragraph beside it: same formatting, no list membership (lists are static here). */
export function paragraphLike(model: ParagraphRecord, text: string): ParagraphRecord {
  const rec = copyRecord(model);
  rec.text = text;
  rec.isListItem = false;
  rec.listString = "";
  return rec;
}

/** Applying a paragraph style resets direct formatting to the style's, as Word does. */
export function applyStyle(rec: ParagraphRecord, builtIn: string): void {
  const def = BUILT_IN_STYLES[builtIn] ?? NORMAL;
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
