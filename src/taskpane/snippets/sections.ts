/**
 * What the phrase list shows for a query: search results; or, with an empty search box, favourites and
 * recently used first, then the library; or the snippets for the cursor's part (当前位置).
 */
import type { Snippet, SnippetCategory, SnippetTheme } from "../../core/snippets/library";
import { forHere, type SnippetIndex } from "../../core/snippets/search";
import type { UserSnippetData } from "../user-snippets-store";
import type { Here } from "./where";

export type SectionKey = "results" | "here" | "favourites" | "recent" | "library";

export interface Section<T extends Snippet> {
  key: SectionKey;
  snippets: T[];
}

export interface ListRequest {
  query: string;
  category: SnippetCategory | null;
  theme: SnippetTheme | null;
  /** Set in the 当前位置 view. */
  here: Here | null;
}

export function buildSections<T extends Snippet>(
  index: SnippetIndex<T>,
  all: readonly T[],
  data: Pick<UserSnippetData, "favourites" | "recent">,
  request: ListRequest,
): Section<T>[] {
  const favourites = new Set(data.favourites);
  const recent = data.recent;
  // Favourites rank highest within their relevance tier, recently used just below.
  const boost = (id: string): number => (favourites.has(id) ? 9 : recent.includes(id) ? 5 : 0);
  const filters = {
    category: request.category ?? undefined,
    theme: request.theme ?? undefined,
  };
  const passes = (s: T): boolean =>
    (!filters.category || s.category === filters.category) &&
    (!filters.theme || s.themes.includes(filters.theme));

  if (request.query.trim() !== "") {
    const part = request.here?.part;
    return [{ key: "results", snippets: index.search(request.query, { ...filters, part, boost }) }];
  }
  if (request.here) {
    const here = forHere(all.filter(passes), { part: request.here.part, theme: request.here.theme });
    // Within the view, starred snippets first (stable sort keeps forHere's order otherwise).
    return [{ key: "here", snippets: [...here].sort((a, b) => boost(b.id) - boost(a.id)) }];
  }

  const byId = new Map(all.map((s) => [s.id, s]));
  const pick = (ids: readonly string[]): T[] =>
    ids.map((id) => byId.get(id)).filter((s): s is T => s !== undefined && passes(s));
  const starred = pick(data.favourites);
  const used = pick(recent.filter((id) => !favourites.has(id)));
  const shown = new Set([...starred, ...used].map((s) => s.id));
  const rest = index.search("", filters).filter((s) => !shown.has(s.id));
  const sections: Section<T>[] = [];
  if (starred.length > 0) sections.push({ key: "favourites", snippets: starred });
  if (used.length > 0) sections.push({ key: "recent", snippets: used });
  sections.push({ key: "library", snippets: rest });
  return sections;
}

/** The first `limit` snippets across the sections, keeping their headings. */
export function capSections<T extends Snippet>(sections: Section<T>[], limit: number): Section<T>[] {
  const out: Section<T>[] = [];
  let left = limit;
  for (const section of sections) {
    if (left <= 0) break;
    out.push({ key: section.key, snippets: section.snippets.slice(0, left) });
    left -= section.snippets.length;
  }
  return out;
}
