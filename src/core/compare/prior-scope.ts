/** Where a report says what became of last year's measures: its 上年度整改落实情况 part or passage. */
import cues from "../check/detectors/cues.json";
import type { Outline, Span } from "../types";

const PRIOR_MENTION = new RegExp(cues.priorYear);
const PRIOR_HEADING = /上年度|上一年度|去年|上年|以往|整改落实|整改情况/;

export interface PriorScope {
  /** The paragraphs that report on last year, in order; several spans when the report has several such parts. */
  spans: Span[];
  /** Where the report begins: the part's heading or the first sentence about last year. */
  paragraph: number;
}

/**
 * A level-1 part of its own (一、上年度问题整改落实情况) wherever it stands; else the passage before the
 * problems from the first sentence that speaks of last year's rectification; else null.
 */
export function priorScope(outline: Outline): PriorScope | null {
  const spans: Span[] = outline.parts
    .filter((part) => part.role === "other" && PRIOR_HEADING.test(part.heading))
    .map((part) => ({ start: part.start, end: part.end }));
  if (spans.length === 0) {
    const body = outline.parts.find((part) => part.role !== "other")?.start ?? outline.paragraphs.length;
    const from = outline.paragraphs
      .slice(0, body)
      .findIndex(
        (p) => PRIOR_MENTION.test(p.text) || (p.text.trim().length <= 30 && PRIOR_HEADING.test(p.text)),
      );
    if (from >= 0) spans.push({ start: from, end: body });
  }
  const first = spans[0];
  return first ? { spans, paragraph: first.start } : null;
}

/** Where a report of last year's rectification would begin when there is none: the opening, else the top. */
export function priorAnchor(outline: Outline): number {
  return outline.opening?.start ?? outline.title?.paragraph ?? outline.parts[0]?.paragraph ?? 0;
}
