/** Maps an aspect heading (or a theme name) to the snippet themes it speaks to. */
import { THEMES } from "../themes";
import { SNIPPET_THEMES, type SnippetTheme } from "./taxonomy";

export function isSnippetTheme(value: string): boolean {
  return SNIPPET_THEMES.includes(value);
}

/**
 * Themes an aspect name points to, best first. A theme's score is the length of the longest aspect word
 * found in the name (longer words are more specific: 政治纪律 beats 纪律); ties keep list order.
 */
export function guessThemes(aspectName: string): SnippetTheme[] {
  const name = aspectName.replace(/\s+/g, "");
  if (isSnippetTheme(name)) return [name];
  const scored: { theme: SnippetTheme; score: number; order: number }[] = [];
  THEMES.forEach(({ snippetTheme, aspectWords }, order) => {
    if (!snippetTheme) return;
    let score = 0;
    for (const word of aspectWords ?? []) {
      if (name.includes(word)) score = Math.max(score, word.length);
    }
    if (score > 0) scored.push({ theme: snippetTheme, score, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map((s) => s.theme);
}
