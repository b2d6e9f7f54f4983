/** Maps an aspect heading (or a theme name) to the snippet themes it speaks to. */
import { ASPECT_KEYWORDS } from "./aspect-keywords";
import { SNIPPET_THEMES, type SnippetTheme } from "./taxonomy";

export function isSnippetTheme(value: string): value is SnippetTheme {
  return (SNIPPET_THEMES as readonly string[]).includes(value);
}

/**
 * Themes an aspect name points to, best first. A theme's score is the length of the longest keyword
 * found in the name (longer keywords are more specific: 政治纪律 beats 纪律); ties keep list order.
 */
export function guessThemes(aspectName: string): SnippetTheme[] {
  const name = aspectName.replace(/\s+/g, "");
  if (isSnippetTheme(name)) return [name];
  const scored: { theme: SnippetTheme; score: number; order: number }[] = [];
  SNIPPET_THEMES.forEach((theme, order) => {
    let score = 0;
    for (const keyword of ASPECT_KEYWORDS[theme]) {
      if (name.includes(keyword)) score = Math.max(score, keyword.length);
    }
    if (score > 0) scored.push({ theme, score, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map((s) => s.theme);
}
