/**
 * The one list of themes (themes.json). Each theme holds the words the matcher counts in an item's text
 * (`words`) and, when the phrase library files snippets under it, the library's name for it (`snippetTheme`)
 * and the words in an aspect heading (方面) that point to it (`aspectWords`): notices paraphrase the
 * prescribed aspects every year, so the pane maps a heading to themes through these words.
 */
import data from "./themes.json";

export interface Theme {
  id: string;
  /** The name the matcher's evidence shows (共同主题：…). */
  name: string;
  /** The phrase library's theme, when snippets are filed under this theme. */
  snippetTheme?: string;
  aspectWords?: string[];
  words: string[];
}

export const THEMES: readonly Theme[] = data.themes;
