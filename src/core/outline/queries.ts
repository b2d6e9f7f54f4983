import type { Outline } from "../types";

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
