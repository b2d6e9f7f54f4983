/**
 * The shared vocabulary of the core: what a paragraph, an outline, a link and a finding are.
 * Pure data types; every reader (Word gateway, .docx/.txt reader) produces `Paragraph`s,
 * every consumer (task pane, CLI) reads `CheckResult`s.
 */

/** One paragraph as read from Word, a .docx or a line of a .txt file. */
export interface Paragraph {
  /** The paragraph's own text. Word's automatic list number is NOT part of it. */
  text: string;
  /** Word's automatic number as displayed ("1.", "（一）", "一、") when the paragraph is a list item. */
  listString?: string;
  /** Word's built-in style name ("Normal", "Heading1", "Title", "Other" for custom styles) when known. */
  styleBuiltIn?: string;
  /** True when the paragraph sits inside a table cell. */
  inTable?: boolean;
}

/** How a number is written. The level follows from the style (see DOMAIN.md's table). */
export type NumberStyle =
  | "cn-dun" //      一、      level 1
  | "cn-paren" //    （一）    level 2
  | "arabic" //      1.  1．  1、   level 3
  | "arabic-paren" //（1）    level 4
  | "circled" //     ①        level 5
  | "shi"; //        一是…… 一要……  inline enumeration, no fixed level

/** The number found at the start of a paragraph (in its text or in Word's list number). */
export interface Numbering {
  style: NumberStyle;
  /** 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）, 5 for ①; 0 for 一是 enumerations. */
  level: 0 | 1 | 2 | 3 | 4 | 5;
  /** The number's value (一 → 1, 十二 → 12). */
  value: number;
  /** The prefix exactly as written, leading blanks and the punctuation after the number included. */
  raw: string;
  /** Characters of `Paragraph.text` the prefix occupies (0 when the number comes from Word's list). */
  length: number;
  /** Offset in `Paragraph.text` where the number itself starts (after leading blanks). */
  offset: number;
  /** The punctuation written after the number ("、", ".", "．", "" …). */
  separator: string;
  /** True when the separator is not the standard one for the style (1、 （一）、 一. …). */
  wrongSeparator: boolean;
  /** True when the number is Word's automatic list number rather than literal text. */
  fromList: boolean;
}

export type PartRole = "problems" | "causes" | "measures" | "other";

/** A paragraph range: `start` inclusive, `end` exclusive, both paragraph indices. */
export interface Span {
  start: number;
  end: number;
}

export interface Part extends Span {
  role: PartRole;
  /** Index of the heading paragraph (same as `start`). */
  paragraph: number;
  /** The heading as written, number included ("一、查摆存在的主要问题"). */
  heading: string;
  number: Numbering | null;
}

export interface Aspect extends Span {
  paragraph: number;
  heading: string;
  number: Numbering | null;
  /** The aspect's name without number and the trailing 方面 ("理论学习"). */
  name: string;
}

export type ItemKind = "problem" | "cause" | "measure";

export interface Item extends Span {
  /** "P1", "C1", "M1": stable within one check, in document order. */
  id: string;
  kind: ItemKind;
  /** The number as the writer wrote it ("3", "二", "" when none). */
  number: string;
  numbering: Numbering | null;
  /** Index of the item's first paragraph (same as `start`). */
  paragraph: number;
  /** Offset in that paragraph's text where the item begins (non-zero for 一是 items inside a paragraph). */
  offset: number;
  /** The lead sentence: up to the first 。；！？ or the end of the heading line, number excluded. */
  title: string;
  /** The whole item's text, number excluded, body paragraphs joined with "\n". */
  text: string;
  /** Index into `Outline.aspects` of the aspect the item sits under (problems only). */
  aspect?: number;
}

/**
 * A paragraph holding several headings or entries one after another (pasted from a web page): the outline
 * reads it as the paragraphs it would be split into.
 */
export interface GluedParagraph {
  paragraph: number;
  /** Offsets in its text where the second, third … piece starts: where 分段 splits it. */
  breaks: number[];
  /** Each piece's number, the first piece's included (offsets in the paragraph's text). */
  numbers: (Numbering | null)[];
}

export interface Outline {
  paragraphs: Paragraph[];
  /** One entry per paragraph: its number, or null. */
  numbering: (Numbering | null)[];
  title: { paragraph: number; text: string } | null;
  /** The paragraphs between the title and the first part. */
  opening: Span | null;
  /** "对照……5个方面": the count the opening announces, where it says so. */
  announcedAspects: { paragraph: number; count: number; offset: number; length: number } | null;
  parts: Part[];
  aspects: Aspect[];
  problems: Item[];
  causes: Item[];
  measures: Item[];
  signature: { paragraph: number; text: string } | null;
  date: { paragraph: number; text: string } | null;
  /** Paragraphs read as several (their items keep the paragraph's index, at offsets inside it). */
  glued: GluedParagraph[];
}

export type Severity = "error" | "warning" | "info";

/** The pane groups findings by these; each rule belongs to one. */
export type Category = "structure" | "correspondence" | "wording" | "format";

export interface Fix {
  /** Replaces the finding's span (`offset`, `length` in the paragraph's text). */
  replacement: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  /** 0-based paragraph index, empty paragraphs included. */
  paragraph: number;
  /** Chinese: what is wrong, where, and how to fix it. */
  message: string;
  /** The span in `Paragraph.text` the finding is about, when it is about some characters. */
  offset?: number;
  length?: number;
  fix?: Fix;
  /** Offsets in the paragraph's text where 分段 (its safe fix) starts a new paragraph, text unchanged. */
  split?: number[];
  /** Item ids the finding is about ("P3"). */
  items?: string[];
  /** The passage elsewhere this one repeats or answers to (last year's report, a library snippet). */
  echo?: Echo;
}

/** Characters of a text: `offset` and `length` in it. */
export interface TextMark {
  offset: number;
  length: number;
}

/** A passage with the characters it shares with another marked. */
export interface MarkedText {
  text: string;
  marks: TextMark[];
}

/** The other side of a finding about repeated text: where it comes from and what it says. */
export interface Echo {
  /** Where the other passage is: "上年度材料", "短语库", a file name. */
  source: string;
  /** Its name there: "问题2", "措施（三）", a snippet's title. */
  label: string;
  other: MarkedText;
  /** This report's passage, when the finding compares two (its shared characters marked). */
  own?: MarkedText;
  /** Share of the shorter passage's character 3-grams found in the other, 0–1, when two are compared. */
  similarity?: number;
}

/** One of this report's items and the passage it repeats. */
export interface ItemEcho {
  item: Item;
  echo: Echo;
}

/** Last year's measures this year's report does not speak of. */
export interface UnreportedMeasures {
  /** Where the report was searched: its 上年度整改落实情况 part, or (when it has none) the whole text. */
  scope: "part" | "whole";
  /** The part's first paragraph (scope "part"), else where a report would begin. */
  paragraph: number;
  /** How many measures last year's report had. */
  total: number;
  measures: { measure: Item; echo: Echo }[];
}

/** Last year's report, read and indexed (src/core/compare builds it; the pane loads that code on demand). */
export interface LastYearComparer {
  /** This year's problems, causes and measures that repeat one of last year's nearly word for word. */
  copies(outline: Outline): ItemEcho[];
  unreported(outline: Outline): UnreportedMeasures;
}

/** The phrase library, indexed: items that are a snippet with its slots left empty or filled trivially. */
export interface SnippetComparer {
  unedited(outline: Outline): ItemEcho[];
}

/** Comparisons the check makes when their material is given (built by src/core/compare). */
export interface Comparisons {
  lastYear?: LastYearComparer;
  snippets?: SnippetComparer;
}

/** A problem → cause/measure correspondence and why it was made. */
export interface Link {
  problem: string;
  target: string;
  kind: "cause" | "measure";
  score: number;
  /** Human-readable Chinese evidence ("共同词语：理论学习、自觉"; "明确引用：针对问题3"). */
  evidence: string[];
  source: "matched" | "reference" | "confirmed";
}

/** The writer's decision about one link, keyed by fingerprints of the two items' lead sentences. */
export interface LinkDecision {
  problem: string;
  target: string;
  kind: "cause" | "measure";
  action: "confirm" | "remove";
}

/** What the document is expected to cover (from the chosen template, see the structure tab). */
export interface Expectation {
  kind?: "personal" | "team";
  /** The meeting the report is for; length and proportion thresholds depend on it. */
  meeting?: "组织生活会" | "民主生活会";
  aspects?: string[];
  priorYear?: boolean;
}

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

export interface CheckOptions {
  expect?: Expectation;
  rules?: Record<string, RuleSetting>;
  decisions?: LinkDecision[];
  compare?: Comparisons;
}

export interface CheckResult {
  outline: Outline;
  links: Link[];
  findings: Finding[];
}

/** What a rule sees. */
export interface RuleContext {
  outline: Outline;
  links: Link[];
  options: CheckOptions;
}

/** A rule's finding before the check applies the configured severity. */
export type RuleFinding = Omit<Finding, "rule" | "severity"> & { severity?: Severity };

/**
 * One rule = one file under src/core/check/rules/ named after its id, starting with its header and exporting
 * one of these as `<camelCaseId>Rule`; the registry (rules/index.ts) lists it under its category.
 */
export interface Rule {
  id: string;
  /** Short Chinese name for the pane ("编号连续和标点"). */
  name: string;
  category: Category;
  /** The severity of its findings unless a finding or `CheckOptions.rules` says otherwise. */
  severity: Severity;
  /** The lesser severity some of its findings carry, when it has such findings (numbering: a wrong separator). */
  minorSeverity?: Severity;
  check(ctx: RuleContext): RuleFinding[];
}
