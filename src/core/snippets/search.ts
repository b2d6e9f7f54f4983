/**
 * Search over the phrase library: characters, full pinyin and pinyin initials.
 *
 * The pinyin dictionary is NOT imported here (it is loaded lazily, see ./pinyin.ts): the caller passes
 * `pinyinOf`, and without it the index matches characters only.
 *
 * Ranking, best first (each tier is worth 10 points, so a boost of at most 9 reorders within a tier):
 *   exact title > title prefix > title substring > theme/category tag > text substring
 *   > full pinyin (title, tag) > full pinyin (text) > initials (title, tag) > initials (text) > fuzzy.
 *
 * Full pinyin ("lilunxuexi", "li lun", "lilunx") must start on a syllable boundary and follow the
 * syllables in order; the last syllable may be typed partly.
 *
 * Initials ("llxx") match a run of syllable initials: a prefix of a tag or of the title, anywhere in the
 * title, or (4 letters or more) anywhere in the text. Typing the initials of a four-character term fast
 * often swaps two neighbours ("lxl" for 理论学习, whose initials are "llxx"), so the fuzzy tier accepts a
 * query of 3 or more letters that becomes a prefix of a tag's or title's initials after swapping ONE
 * pair of adjacent letters (Damerau's transposition, restricted to prefixes). Only prefixes of tags and
 * titles are tried, never the body text: those are the few places where the writer's intent lives, and
 * a transposed 3-letter string matched against 100-letter texts would match almost anything.
 */
import type { PinyinOf } from "./pinyin";
import type { Snippet, SnippetCategory, SnippetPart, SnippetTheme } from "./library";
import { SNIPPET_CATEGORIES } from "./taxonomy";
import { guessThemes } from "./themes";

export { guessThemes };

export interface SnippetSearchOptions {
  category?: SnippetCategory;
  theme?: SnippetTheme;
  part?: SnippetPart;
  /** true: team (班子) variants only; false: personal ones only; absent: both. */
  team?: boolean;
  /** At most this many results (default: all). */
  limit?: number;
  /** Favourites / recents: a number from 0 to 9 added within the snippet's relevance tier. */
  boost?: (id: string) => number;
}

export interface SnippetIndex<T extends Snippet = Snippet> {
  search(query: string, options?: SnippetSearchOptions): T[];
  /** True when the index was built with pinyin and answers pinyin queries. */
  readonly hasPinyin: boolean;
}

export const TIER = {
  exactTitle: 100,
  titlePrefix: 90,
  titleSubstring: 80,
  tag: 70,
  textSubstring: 60,
  pinyinTitle: 50,
  pinyinText: 40,
  initialsTitle: 30,
  initialsText: 20,
  fuzzy: 10,
} as const;

const MAX_BOOST = 9;

/** The reading of one run of Han characters. */
interface Reading {
  syllables: string[];
  initials: string;
}

interface Entry<T> {
  snippet: T;
  order: number;
  title: string;
  text: string;
  tags: string[];
  titleReadings: Reading[];
  tagReadings: Reading[];
  textReadings: Reading[];
}

const HAN_RUN = /[\u3400-\u9fff]+/g;
const LATIN_WORD = /^[a-z]+$/;

/** Lower case, full-width letters and digits to half-width, blanks collapsed. */
export function normalizeQuery(query: string): string {
  return query
    .replace(/[\uff01-\uff5e]/g, (c) => {
      const half = String.fromCharCode(c.charCodeAt(0) - 0xfee0);
      return /[0-9A-Za-z]/.test(half) ? half : c;
    })
    .replace(/\u3000/g, " ")
    .toLowerCase()
    .trim()
    .replace(/\s+/g, " ");
}

function readingsOf(text: string, pinyinOf: PinyinOf | undefined): Reading[] {
  if (!pinyinOf) return [];
  const readings: Reading[] = [];
  // One reading per Han run, so a match never spans punctuation.
  for (const run of text.match(HAN_RUN) ?? []) {
    const { full } = pinyinOf(run);
    const syllables = full.split(" ").filter((s) => s.length > 0);
    if (syllables.length > 0) readings.push({ syllables, initials: syllables.map((s) => s[0]).join("") });
  }
  return readings;
}

/** Does `query` follow the syllables from some syllable boundary on (last syllable possibly partial)? */
function matchesFullPinyin(reading: Reading, query: string, fromStartOnly = false): boolean {
  const { syllables } = reading;
  const starts = fromStartOnly ? 1 : syllables.length;
  for (let start = 0; start < starts; start++) {
    let pos = 0;
    let i = start;
    while (i < syllables.length) {
      const syllable = syllables[i] as string;
      if (query.startsWith(syllable, pos)) {
        pos += syllable.length;
        i++;
        if (pos === query.length) return true;
      } else {
        if (syllable.startsWith(query.slice(pos))) return true;
        break;
      }
    }
  }
  return false;
}

/** The query and every string obtained by swapping one pair of adjacent, different letters. */
function transpositions(query: string): string[] {
  const variants: string[] = [];
  for (let i = 0; i + 1 < query.length; i++) {
    const a = query[i] as string;
    const b = query[i + 1] as string;
    if (a !== b) variants.push(query.slice(0, i) + b + a + query.slice(i + 2));
  }
  return variants;
}

function scoreCharacters<T>(entry: Entry<T>, word: string, wholeQuery: boolean): number {
  if (wholeQuery && entry.title === word) return TIER.exactTitle;
  if (entry.title.startsWith(word)) return TIER.titlePrefix;
  if (entry.title.includes(word)) return TIER.titleSubstring;
  if (entry.tags.some((tag) => tag.startsWith(word))) return TIER.tag;
  if (entry.text.includes(word) || entry.tags.some((tag) => tag.includes(word))) return TIER.textSubstring;
  return 0;
}

function scoreLatin<T>(entry: Entry<T>, word: string): number {
  if (word.length >= 2) {
    if (entry.titleReadings.some((r) => matchesFullPinyin(r, word))) return TIER.pinyinTitle;
    if (entry.tagReadings.some((r) => matchesFullPinyin(r, word, true))) return TIER.pinyinTitle;
    if (entry.textReadings.some((r) => matchesFullPinyin(r, word))) return TIER.pinyinText;
    const heads = [...entry.titleReadings, ...entry.tagReadings];
    if (heads.some((r) => r.initials.startsWith(word))) return TIER.initialsTitle;
    if (entry.titleReadings.some((r) => r.initials.includes(word))) return TIER.initialsTitle;
    if (word.length >= 4 && entry.textReadings.some((r) => r.initials.includes(word))) {
      return TIER.initialsText;
    }
    if (word.length >= 3) {
      const variants = transpositions(word);
      if (heads.some((r) => variants.some((v) => r.initials.startsWith(v)))) return TIER.fuzzy;
    }
  }
  return 0;
}

interface Scored<T> {
  entry: Entry<T>;
  weakest: number;
  total: number;
}

/** Builds the search index once per library (and again when the pinyin dictionary arrives). */
export function createSnippetIndex<T extends Snippet>(
  snippets: readonly T[],
  pinyinOf?: PinyinOf,
): SnippetIndex<T> {
  const tagReadingCache = new Map<string, Reading[]>();
  const tagReadings = (tag: string): Reading[] => {
    let readings = tagReadingCache.get(tag);
    if (!readings) {
      readings = readingsOf(tag, pinyinOf);
      tagReadingCache.set(tag, readings);
    }
    return readings;
  };

  const entries: Entry<T>[] = snippets.map((snippet, order) => {
    const tags: string[] = [...snippet.themes, snippet.category];
    if (snippet.depth) tags.push(snippet.depth);
    return {
      snippet,
      order,
      title: normalizeQuery(snippet.title),
      text: normalizeQuery(snippet.text),
      tags,
      titleReadings: readingsOf(snippet.title, pinyinOf),
      tagReadings: tags.flatMap(tagReadings),
      textReadings: readingsOf(snippet.text, pinyinOf),
    };
  });

  const categoryRank = (c: SnippetCategory): number => {
    const rank = SNIPPET_CATEGORIES.indexOf(c);
    return rank < 0 ? SNIPPET_CATEGORIES.length : rank;
  };

  function passes(snippet: T, options: SnippetSearchOptions): boolean {
    if (options.category && snippet.category !== options.category) return false;
    if (options.part && snippet.part !== options.part) return false;
    if (options.theme && !snippet.themes.includes(options.theme)) return false;
    if (options.team !== undefined && Boolean(snippet.team) !== options.team) return false;
    return true;
  }

  function boostOf(id: string, options: SnippetSearchOptions): number {
    const value = options.boost ? options.boost(id) : 0;
    return Number.isFinite(value) ? Math.min(MAX_BOOST, Math.max(0, value)) : 0;
  }

  function search(query: string, options: SnippetSearchOptions = {}): T[] {
    const normalized = normalizeQuery(query);
    const limit = options.limit ?? Infinity;
    const candidates = entries.filter((e) => passes(e.snippet, options));

    if (normalized === "") {
      // Browsing: the library in report order, favourites first within each category.
      return candidates
        .map((entry) => ({ entry, boost: boostOf(entry.snippet.id, options) }))
        .sort(
          (a, b) =>
            categoryRank(a.entry.snippet.category) - categoryRank(b.entry.snippet.category) ||
            b.boost - a.boost ||
            a.entry.order - b.entry.order,
        )
        .slice(0, limit)
        .map((s) => s.entry.snippet);
    }

    const words = normalized.split(" ");
    const allLatin = words.every((w) => LATIN_WORD.test(w));
    const scored: Scored<T>[] = [];
    for (const entry of candidates) {
      let weakest = Infinity;
      let total = 0;
      if (allLatin && pinyinOf) {
        // "li lun" is one pinyin sequence typed with spaces: score the joined letters as one word.
        const joined = words.join("");
        weakest = Math.max(scoreCharacters(entry, normalized, true), scoreLatin(entry, joined));
        total = weakest;
      } else {
        for (const word of words) {
          let score = scoreCharacters(entry, word, words.length === 1);
          if (LATIN_WORD.test(word)) score = Math.max(score, scoreLatin(entry, word));
          weakest = Math.min(weakest, score);
          total += score;
          if (score === 0) break;
        }
      }
      if (weakest > 0) scored.push({ entry, weakest: weakest + boostOf(entry.snippet.id, options), total });
    }
    scored.sort((a, b) => b.weakest - a.weakest || b.total - a.total || a.entry.order - b.entry.order);
    return scored.slice(0, limit).map((s) => s.entry.snippet);
  }

  return { search, hasPinyin: pinyinOf !== undefined };
}

/**
 * The "for here" view: snippets for the part the cursor is in, those of the aspect's theme first.
 * `theme` may be a theme name or an aspect heading's name ("学懂弄通做实新思想"), mapped by guessThemes.
 * Snippets of other themes are left out; when nothing speaks to the theme, the whole part is returned.
 */
export function forHere<T extends Snippet>(
  snippets: readonly T[],
  where: { part: SnippetPart; theme?: string | null },
): T[] {
  const inPart = snippets.filter((s) => s.part === where.part);
  const themes = where.theme ? guessThemes(where.theme) : [];
  if (themes.length === 0) return inPart;
  const rank = (s: T): number => {
    // Best guessed theme first; a snippet whose main theme it is before one that only touches it.
    let best = Infinity;
    themes.forEach((theme, i) => {
      const at = s.themes.indexOf(theme);
      if (at >= 0) best = Math.min(best, i * 2 + (at === 0 ? 0 : 1));
    });
    return best;
  };
  const ranked = inPart.map((s, order) => ({ s, order, rank: rank(s) }));
  const matching = ranked.filter((r) => r.rank !== Infinity);
  if (matching.length === 0) return inPart;
  const generic = ranked.filter((r) => r.s.themes.length === 0);
  matching.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return [...matching, ...generic].map((r) => r.s);
}
