/**
 * The phrase library's public face. pinyin-pro is reached only through loadPinyin's dynamic import,
 * so importing this module keeps the dictionary out of the pane's initial bundle.
 */
export {
  builtinSnippets,
  CAUSE_DEPTHS,
  PART_OF_CATEGORY,
  SNIPPET_CATEGORIES,
  SNIPPET_PARTS,
  SNIPPET_THEMES,
} from "./library";
export type { CauseDepth, Snippet, SnippetCategory, SnippetPart, SnippetTheme } from "./library";
export { loadPinyin } from "./pinyin";
export type { PinyinOf, PinyinReading } from "./pinyin";
export { createSnippetIndex, forHere, guessThemes, normalizeQuery, TIER } from "./search";
export type { SnippetIndex, SnippetSearchOptions } from "./search";
export {
  exportSnippets,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_SNIPPETS,
  mergeSnippets,
  normalizeSnippetText,
  snippetSlots,
  validateImport,
} from "./user";
export type { ImportOptions, ImportResult, MergeResult, SnippetSlot, UserSnippet } from "./user";
