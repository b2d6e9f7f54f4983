/**
 * Paragraphs that hold several headings or entries one after another, as a report pasted from a web page
 * does ("……汇报如下：一、存在的主要问题（一）理论学习方面。1.……2.……（二）……"). The outline reads each as the
 * paragraphs it would be split into: pieces that keep their paragraph's index and their offset in its text.
 */
import { HEADING_ENDING, PART_ROLE_PATTERNS } from "./keywords";
import { readNumberPrefix } from "./number-prefixes";
import { SENTENCE_MARK } from "./sentence-marks";
import type { GluedParagraph, Numbering, Paragraph } from "../types";

/** What the outline reader reads: a whole paragraph, or one piece of a glued one. */
export interface Line {
  paragraph: number;
  /** Where the piece starts in its paragraph's text (0 for a whole paragraph). */
  base: number;
  text: string;
  /** The number the piece opens with; offsets in the piece's text. */
  numbering: Numbering | null;
  styleBuiltIn?: string;
}

/**
 * Where a number may start a new piece: after a sentence or a colon (closing quotes and blanks allowed);
 * not after 、；，, where numbers enumerate inside a sentence.
 */
const AFTER_SENTENCE = /[。！？!?：:][”’」』）)]*[\s\u3000]*$/;
/** Characters a number can start with. */
const NUMBER_START = /[（(一二三四五六七八九十0-9０-９①-⑳]/g;
/** Words right before a number that make it a reference in prose (针对问题4，…; 第3条): not a new piece. */
const REFERENCE = /(第|针对|对照|对应|见)$|(针对|对照|对应)[^。；：]{0,8}问题$/;
/** A group heading's words ("思想上的原因", "理论学习方面"): children numbered 1. may follow it on the line. */
const GROUP_HEADING = /(原因|上)$/;

/** A short phrase after a number that names a heading: no sentence inside, a heading's last word. */
function isHeadingPhrase(body: string): boolean {
  const phrase = body.replace(/[。：:\s\u3000]+$/, "");
  return (
    phrase !== "" &&
    !SENTENCE_MARK.test(phrase) &&
    (HEADING_ENDING.test(phrase) || GROUP_HEADING.test(phrase))
  );
}

/** The words after a level-1 number up to the first mark: a part heading names a part (问题, 原因, 措施 …). */
function isPartHeading(text: string, at: number, n: Numbering): boolean {
  const rest = text.slice(at + n.length);
  const phrase = rest.slice(0, Math.max(0, rest.search(/[。！？!?；;：:，,（(]|$/)));
  return phrase.length <= 30 && PART_ROLE_PATTERNS.some((r) => r.role !== "other" && r.pattern.test(phrase));
}

/** The numbers counted so far in a paragraph, per level under the open heading. */
interface Count {
  last: (number | undefined)[];
  /** Levels where a list restarted inside an entry (1.……：1.……2.……): their numbers are that entry's. */
  nested: Set<number>;
}

/**
 * The number continues its level's count in this paragraph; a level's first number is a part heading, a
 * （一） under a part heading, or any 1. 2. … right under a part or aspect heading (problem numbers may run
 * on across aspect headings: （二）……方面。3.……).
 */
function continues(n: Numbering, count: Count, openLevel: number, underHeading: boolean): boolean {
  const previous = count.last[n.level];
  if (previous !== undefined) return n.value === previous + 1;
  if (n.level === 1) return true;
  if (n.level === 2) return n.value === 1 && openLevel === 1;
  return underHeading && openLevel >= 1 && openLevel <= 2;
}

/**
 * Offsets where the pieces after the first start, or [] when the paragraph is not glued. A number starts a
 * piece when it follows a sentence, a colon or a heading phrase, and continues the count of its level in
 * this paragraph; a deeper level may only start under a heading, so sub-points inside an entry
 * (3.……（1）……（2）……) stay in it.
 */
export function findGluedBreaks(text: string, own: Numbering | null): number[] {
  const count: Count = { last: [], nested: new Set() };
  let open = { start: 0, body: own && own.level >= 1 ? own.length : -1, level: own?.level ?? 0 };
  if (own && own.level >= 1) count.last[own.level] = own.value;
  const breaks: number[] = [];
  for (const m of text.matchAll(NUMBER_START)) {
    const at = m.index;
    if (at <= open.body || /[0-9０-９一二三四五六七八九十（(]/.test(text.charAt(at - 1))) continue;
    const n = readNumberPrefix(text.slice(at));
    if (!n || n.level < 1 || n.offset !== 0 || count.nested.has(n.level)) continue;
    if (
      /[，,]/.test(n.separator) ||
      (n.style !== "cn-dun" && n.style !== "cn-paren" && REFERENCE.test(text.slice(0, at)))
    )
      continue;
    const heading = open.body >= 0 && isHeadingPhrase(text.slice(open.body, at));
    if (!heading && !AFTER_SENTENCE.test(text.slice(open.start, at))) continue;
    if (!continues(n, count, open.level, heading)) {
      if (n.value === 1 && count.last[n.level] !== undefined) count.nested.add(n.level);
      continue;
    }
    if (n.level === 1 && !isPartHeading(text, at, n)) continue;
    breaks.push(at);
    count.last[n.level] = n.value;
    for (let level = n.level + 1; level <= 5; level++) {
      count.last[level] = undefined;
      count.nested.delete(level);
    }
    open = { start: at, body: at + n.length, level: n.level };
  }
  return breaks;
}

/** The lines the outline reads, and the glued paragraphs among them with every piece's number. */
export function splitGlued(
  paragraphs: Paragraph[],
  texts: string[],
  numbering: (Numbering | null)[],
): { lines: Line[]; glued: GluedParagraph[] } {
  const lines: Line[] = [];
  const glued: GluedParagraph[] = [];
  texts.forEach((text, i) => {
    const style = paragraphs[i]!.styleBuiltIn;
    const own = numbering[i] ?? null;
    const breaks = text.trim() === "" ? [] : findGluedBreaks(text, own);
    lines.push({
      paragraph: i,
      base: 0,
      text: text.slice(0, breaks[0] ?? text.length),
      numbering: own,
      styleBuiltIn: style,
    });
    if (breaks.length === 0) return;
    const numbers: (Numbering | null)[] = [own];
    breaks.forEach((at, k) => {
      const piece = text.slice(at, breaks[k + 1] ?? text.length);
      const n = readNumberPrefix(piece);
      lines.push({ paragraph: i, base: at, text: piece, numbering: n });
      numbers.push(n && { ...n, offset: n.offset + at, length: n.length + at });
    });
    glued.push({ paragraph: i, breaks, numbers });
  });
  return { lines, glued };
}
