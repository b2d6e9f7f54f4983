import { findInlineEnumerations, numberText } from "./number-prefixes";
import type { Numbering } from "../types";

/** Where something starts in the document: a paragraph and an offset in its text. */
export interface Pos {
  paragraph: number;
  offset: number;
}

/** A place where an entry can start: a number, a 一是, or an unnumbered paragraph. */
export interface Mark extends Pos {
  /** Offset where the text after the number starts. */
  content: number;
  kind: "num" | "shi" | "para";
  /** 1–5 for numbered marks. */
  level: number;
  numbering: Numbering | null;
  number: string;
}

/** An entry read out of the marks: where it starts and ends, and the aspect it sits under. */
export interface Draft {
  mark: Mark;
  end: Pos;
  aspect?: number;
}

/** An unnumbered start: a part heading without a number, a plain paragraph, run-in text after a heading. */
export function plainMark(paragraph: number, offset: number, level = 0): Mark {
  return {
    paragraph,
    offset,
    content: offset,
    kind: level ? "num" : "para",
    level,
    numbering: null,
    number: "",
  };
}

/** Every place in the body where an entry can start, in document order. */
export function buildMarks(
  texts: string[],
  numbering: (Numbering | null)[],
  cont: boolean[],
  partSet: Set<number>,
  start: number,
  end: number,
): Mark[] {
  const marks: Mark[] = [];
  // The last 一是-style value of the paragraph so far: a line broken off by a hard break goes on counting.
  let shi = 0;
  for (let i = start; i < end; i++) {
    const t = texts[i]!;
    if (t.trim() === "") continue;
    if (!cont[i]) shi = 0;
    const lead = t.length - t.trimStart().length;
    const n = numbering[i] ?? null;
    let content = 0;
    if (partSet.has(i) && !n) {
      marks.push(plainMark(i, lead, 1));
      continue;
    }
    const inline = findInlineEnumerations(t, shi);
    shi = inline.at(-1)?.value ?? shi;
    if (!cont[i]) {
      if (n && n.level >= 1) {
        content = n.length;
        marks.push({
          paragraph: i,
          offset: n.fromList ? 0 : n.offset,
          content,
          kind: "num",
          level: n.level,
          numbering: n,
          number: numberText(n, t),
        });
      } else if (inline[0]?.offset !== lead) {
        marks.push(plainMark(i, lead));
      }
    }
    for (const e of inline) {
      if (e.offset < content) continue;
      marks.push({
        paragraph: i,
        offset: e.offset,
        content: e.offset + e.length,
        kind: "shi",
        level: 0,
        numbering: e.offset === lead ? n : null,
        number: t.slice(e.offset, e.offset + e.length - 1),
      });
    }
  }
  return marks;
}
