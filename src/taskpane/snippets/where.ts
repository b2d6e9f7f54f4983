/**
 * Which part of the report the cursor is in, and which theme the aspect (or the cause/measure) under the
 * cursor speaks to: the "for here" (当前位置) view offers the snippets of that part and theme first.
 */
import type { Outline } from "../../core/types";
import type { SnippetPart, SnippetTheme } from "../../core/snippets/taxonomy";
import { guessThemes } from "../../core/snippets/themes";

export interface Here {
  part: SnippetPart;
  /** The best theme for the aspect or item under the cursor, when one is recognised. */
  theme: SnippetTheme | null;
  /** The heading that gave the theme ("（二）担当作为方面"), for the pane's caption. */
  heading: string | null;
}

const PRIOR_YEAR = /上年度|上一年度|去年|整改落实情况|整改情况/;
const CRITICISM = /批评/;

export function whereIs(outline: Outline, paragraph: number): Here | null {
  const firstPart = outline.parts[0];
  if (!firstPart) return null;
  if (paragraph < firstPart.start) {
    return outline.title?.paragraph === paragraph ? null : { part: "opening", theme: null, heading: null };
  }
  if (outline.signature && paragraph >= outline.signature.paragraph) return null;
  const part = outline.parts.find((p) => p.start <= paragraph && paragraph < p.end);
  if (!part) return null;

  if (part.role === "other") {
    if (PRIOR_YEAR.test(part.heading)) return { part: "prior-year", theme: null, heading: part.heading };
    if (CRITICISM.test(part.heading)) return { part: "criticism", theme: null, heading: part.heading };
    return null;
  }

  // The aspect's name for problems; for causes and measures the item's own heading says the theme.
  const aspect = outline.aspects.find((a) => a.start <= paragraph && paragraph < a.end);
  const items =
    part.role === "problems" ? outline.problems : part.role === "causes" ? outline.causes : outline.measures;
  const item = items.find((i) => i.start <= paragraph && paragraph < i.end);
  const sources: { name: string; heading: string }[] = [];
  if (aspect) sources.push({ name: aspect.name, heading: aspect.heading });
  if (item) sources.push({ name: item.title, heading: item.title });
  for (const source of sources) {
    const theme = guessThemes(source.name)[0];
    if (theme) return { part: part.role, theme, heading: source.heading };
  }
  return { part: part.role, theme: null, heading: aspect?.heading ?? null };
}
