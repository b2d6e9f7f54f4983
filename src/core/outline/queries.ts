import type { Numbering, Outline } from "../types";

/** Characters a reader counts (字数): everything but whitespace, ideographic spaces included. */
export function countChars(text: string): number {
  return text.replace(/\s/g, "").length;
}

/** Index of the first non-blank paragraph, or -1. */
export function firstContent(outline: Outline): number {
  return outline.paragraphs.findIndex((p) => p.text.trim() !== "");
}

/** Index of the last non-blank paragraph in [start, end) (default: the whole document), or start - 1. */
export function lastContent(outline: Outline, end = outline.paragraphs.length, start = 0): number {
  for (let i = Math.min(end, outline.paragraphs.length) - 1; i >= start; i--) {
    if (outline.paragraphs[i]!.text.trim() !== "") return i;
  }
  return start - 1;
}

/** The year the report is for: from its date line, else its title, else null. */
export function reportYear(outline: Outline): string | null {
  const source = `${outline.date?.text ?? ""} ${outline.title?.text ?? ""}`;
  return /(20\d\d)年/.exec(source)?.[1] ?? null;
}

/**
 * Whether problem numbers run on across aspects (1–3, 4–6 …) rather than restart at 1 under each, given
 * each aspect's numbers in order: decided by how most aspects continue; a tie runs on.
 */
export function numbersRunOn(perAspect: number[][]): boolean {
  let restart = 0;
  let carry = 0;
  let previousLast: number | null = null;
  for (const values of perAspect) {
    if (values.length === 0) continue;
    if (previousLast !== null) {
      if (values[0] === 1) restart++;
      else if (values[0] === previousLast + 1) carry++;
    }
    previousLast = values[values.length - 1]!;
  }
  return restart <= carry;
}

/** A number the outline read and the paragraph it is in. */
export interface NumberAt {
  paragraph: number;
  numbering: Numbering;
  /** In a glued paragraph, after its first piece or not: its offsets are in the paragraph's text either way. */
  glued: boolean;
}

/** Every number the outline read, in document order; each piece of a glued paragraph brings its own. */
export function numbersInOrder(outline: Outline): NumberAt[] {
  const glued = new Map(outline.glued.map((g) => [g.paragraph, g.numbers]));
  return outline.numbering.flatMap((n, paragraph): NumberAt[] => {
    const pieces = glued.get(paragraph);
    if (!pieces) return n ? [{ paragraph, numbering: n, glued: false }] : [];
    return pieces.flatMap((numbering, k) => (numbering ? [{ paragraph, numbering, glued: k > 0 }] : []));
  });
}
