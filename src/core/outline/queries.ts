import type { Numbering, Outline } from "../types";

/** Characters a reader counts (字数): everything but whitespace, ideographic spaces included. */
export function countChars(text: string): number {
  return text.replace(/\s/g, "").length;
}

/** Index of the first non-blank paragraph, or -1. */
export function firstContent(outline: Outline): number {
  return outline.paragraphs.findIndex((p) => p.text.trim() !== "");
}

/** Index of the last non-blank paragraph before `before` (default: the whole document), or -1. */
export function lastContent(outline: Outline, before = outline.paragraphs.length): number {
  for (let i = Math.min(before, outline.paragraphs.length) - 1; i >= 0; i--) {
    if (outline.paragraphs[i]!.text.trim() !== "") return i;
  }
  return -1;
}

/** The year the report is for: from its date line, else its title, else null. */
export function reportYear(outline: Outline): string | null {
  const source = `${outline.date?.text ?? ""} ${outline.title?.text ?? ""}`;
  return /(20\d\d)年/.exec(source)?.[1] ?? null;
}

/** A team (班子) report, by the expectation when given, else by its title and signature. */
export function isTeamReport(outline: Outline, kind?: "personal" | "team"): boolean {
  if (kind) return kind === "team";
  return /班子/.test(`${outline.title?.text ?? ""}${outline.signature?.text ?? ""}`);
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
