/**
 * The renumbering plan: every literal number prefix rewritten so each level counts 1, 2, 3 … under its
 * parent with the standard separator (一、 （一） 1. （1） ①). Only prefixes change; the pane shows
 * describeEdits() for confirmation and re-checks each paragraph's text before replacing.
 */
import { formatNumber } from "../outline/number-prefixes";
import { numbersRunOn } from "../outline/queries";
import type { Numbering, NumberStyle, Outline } from "../types";

/** Replace text[offset, offset + length) of one paragraph, if it still reads `expectText`. */
export interface PrefixEdit {
  paragraph: number;
  expectText: string;
  offset: number;
  length: number;
  replacement: string;
  /** The number was Word's automatic list number: the pane writes it as text and takes the list off. */
  fromList?: boolean;
}

export type ProblemNumbering = "continuous" | "per-aspect";

export interface RenumberOptions {
  /** Also turn Word's automatic list numbers into literal numbers (default: leave them alone). */
  convertListNumbers?: boolean;
}

/**
 * How the writer numbers problems in the problems part starting at `part` (its heading paragraph):
 * run on across aspects (1–10) or restart under each. Decided by most aspects; a tie runs on.
 */
export function problemNumbering(outline: Outline, part?: number): ProblemNumbering {
  const problemsPart = outline.parts.find(
    (p) => p.role === "problems" && (part === undefined || p.paragraph === part),
  );
  if (!problemsPart) return "continuous";
  const perAspect = outline.aspects.flatMap((aspect, index) => {
    if (aspect.start < problemsPart.start || aspect.start >= problemsPart.end) return [];
    return [
      outline.problems
        .filter((p) => p.aspect === index && p.numbering && p.numbering.level >= 1)
        .map((p) => p.numbering!.value),
    ];
  });
  return numbersRunOn(perAspect) ? "continuous" : "per-aspect";
}

/** Aspect heading paragraphs under which problem numbers run on rather than restart. */
function runOnAspects(outline: Outline): Set<number> {
  const runOn = new Set<number>();
  for (const part of outline.parts) {
    if (part.role !== "problems" || problemNumbering(outline, part.paragraph) !== "continuous") continue;
    for (const a of outline.aspects) if (a.start >= part.start && a.start < part.end) runOn.add(a.paragraph);
  }
  return runOn;
}

/** The prefix is already right: the expected number, standard separator (1． reads the same as 1.). */
function isRight(written: string, style: NumberStyle, value: number): boolean {
  return written === formatNumber(style, value) || (style === "arabic" && written === `${value}．`);
}

/** The edit that makes paragraph `index`'s literal number read `value`, or null when it already does. */
export function numberEdit(outline: Outline, index: number, value: number): PrefixEdit | null {
  const n = outline.numbering[index];
  const text = outline.paragraphs[index]?.text;
  if (!n || n.fromList || n.level === 0 || text === undefined) return null;
  if (isRight(text.slice(n.offset, n.length), n.style, value)) return null;
  return {
    paragraph: index,
    expectText: text,
    offset: n.offset,
    length: n.length - n.offset,
    replacement: formatNumber(n.style, value),
  };
}

export function planRenumber(outline: Outline, options: RenumberOptions = {}): PrefixEdit[] {
  const edits: PrefixEdit[] = [];
  const runOn = runOnAspects(outline);
  // last[level] = the number the previous entry at that level got since its parent started.
  const last: (number | undefined)[] = [];
  // Part headings written without a number (存在的问题) still restart the numbers below them.
  const plainParts = new Set(outline.parts.filter((part) => !part.number).map((part) => part.paragraph));
  // A glued paragraph's numbers (一、…（一）…1.… in one paragraph) are counted as written, never edited:
  // 分段 comes first.
  const glued = new Map(outline.glued.map((g) => [g.paragraph, g.numbers]));
  outline.numbering.forEach((own, i) => {
    const p = outline.paragraphs[i]!;
    if (plainParts.has(i)) last.length = 0;
    for (const n of glued.get(i) ?? [own]) {
      if (!n || n.level === 0 || p.inTable) continue;
      const keepFrom = n.level === 2 && runOn.has(i) ? 4 : n.level + 1;
      for (let level = keepFrom; level <= 5; level++) last[level] = undefined;
      last[n.level] = glued.has(i) ? n.value : renumbered(n, i, (last[n.level] ?? 0) + 1);
    }
  });
  return edits;

  /** Plans the edit that gives paragraph i's number the expected value; the value it will show. */
  function renumbered(n: Numbering, i: number, expected: number): number {
    const p = outline.paragraphs[i]!;
    if (n.fromList) {
      if (options.convertListNumbers) {
        edits.push({
          paragraph: i,
          expectText: p.text,
          offset: 0,
          length: 0,
          replacement: formatNumber(n.style, expected),
          fromList: true,
        });
        return expected;
      }
      // Word numbers its own lists; count what it shows.
      return n.value;
    }
    const edit = numberEdit(outline, i, expected);
    if (edit) edits.push(edit);
    return expected;
  }
}

/** "第5段：3、 → 4." lines for the confirmation ("将修改 N 处"). */
export function describeEdits(edits: readonly PrefixEdit[]): string[] {
  return edits.map((e) => {
    const before = e.expectText.slice(e.offset, e.offset + e.length);
    if (e.fromList && e.length === 0) return `第${e.paragraph + 1}段：自动编号 → 文字编号“${e.replacement}”`;
    if (e.length === 0) return `第${e.paragraph + 1}段：加上“${e.replacement}”`;
    return `第${e.paragraph + 1}段：${before} → ${e.replacement}`;
  });
}

/**
 * Applies prefix edits to paragraph texts (for previews and tests). An edit whose paragraph no longer
 * reads its `expectText` is refused with a Chinese message, as the pane does.
 */
export function applyPrefixEdits(texts: readonly string[], edits: readonly PrefixEdit[]): string[] {
  const out = [...texts];
  for (const e of edits) {
    const now = out[e.paragraph];
    if (now !== e.expectText)
      throw new Error(`第${e.paragraph + 1}段的内容已经改变，没有修改。请重新读取文档后再试。`);
    out[e.paragraph] = now.slice(0, e.offset) + e.replacement + now.slice(e.offset + e.length);
  }
  return out;
}
