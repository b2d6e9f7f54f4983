/**
 * What the phrase list shows: the search box, the category and theme filters, 当前位置 (the snippets for
 * the part and aspect the cursor is in), and how many cards are drawn so far.
 */
import { useEffect, useMemo, useState } from "react";
import { readOutline } from "../../core/outline/read-outline";
import { builtinSnippets, type Snippet } from "../../core/snippets/library";
import type { SnippetCategory, SnippetTheme } from "../../core/snippets/taxonomy";
import type { UserSnippetData } from "../user-snippets-store";
import { useCursorVerbs } from "../word-context";
import { buildSections, capSections } from "./sections";
import { useSnippetIndex } from "./use-snippet-index";
import { whereIs, type Here } from "./where";

/** Cards drawn at first, and added by each click on 显示更多. */
const PAGE = 50;

export function useSnippetSearch(
  data: UserSnippetData,
  run: <T>(action: () => Promise<T>) => Promise<T | undefined>,
) {
  const cursor = useCursorVerbs();
  const [query, setQuery] = useState("");
  const [category, setCategory] = useState<SnippetCategory | null>(null);
  const [theme, setTheme] = useState<SnippetTheme | null>(null);
  const [hereOn, setHereOn] = useState(false);
  // undefined while the cursor position is being read.
  const [here, setHere] = useState<Here | null | undefined>(undefined);
  const [limit, setLimit] = useState(PAGE);

  const all = useMemo<Snippet[]>(() => [...data.snippets, ...builtinSnippets], [data.snippets]);
  const { index, pinyinReady } = useSnippetIndex(all);

  useEffect(() => setLimit(PAGE), [query, category, theme, hereOn, here]);

  const sections = useMemo(
    () => buildSections(index, all, data, { query, category, theme, here: hereOn ? (here ?? null) : null }),
    [index, all, data, query, category, theme, hereOn, here],
  );
  const total = sections.reduce((n, s) => n + s.snippets.length, 0);

  const readHere = async () => {
    const context = await run(cursor.readCursorContext);
    const found =
      context && context.paragraph !== null
        ? whereIs(readOutline(context.paragraphs), context.paragraph)
        : null;
    setHere(found);
  };

  const toggleHere = async () => {
    if (hereOn) {
      setHereOn(false);
      return;
    }
    setHereOn(true);
    setHere(undefined);
    await readHere();
  };

  return {
    query,
    setQuery,
    category,
    setCategory,
    theme,
    setTheme,
    /** Whether pinyin search is ready (the dictionary loads when the tab opens). */
    pinyinReady,
    hereOn,
    /** Where the cursor is; undefined while it is being read, null when outside any part. */
    here,
    toggleHere: () => void toggleHere(),
    readHere: () => void readHere(),
    /** The sections with at most `limit` cards drawn. */
    visible: capSections(sections, limit),
    total,
    /** Cards not drawn yet. */
    rest: Math.max(0, total - limit),
    showMore: () => setLimit(limit + PAGE),
  };
}

export type SnippetSearch = ReturnType<typeof useSnippetSearch>;
