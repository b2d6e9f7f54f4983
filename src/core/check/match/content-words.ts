/** Content words and themes of an item's text: the raw material the matcher compares. */
import stopwordData from "./stopwords.json";
import broadWordData from "./broad-words.json";
import { THEMES } from "../../themes";
import { segmentWords } from "../word-segmenter";

const stopwords = new Set<string>(stopwordData.words);
/** Words too general to be evidence of their own (学习, 材料…): they count in similarity, never as a link's word. */
export const broadWords: ReadonlySet<string> = new Set<string>(broadWordData.words);

const HAN_RUN = /[\p{Script=Han}]{2,}/gu;

/** Words of two or more characters that are not genre boilerplate, in order, repeats kept. */
export function contentWords(text: string): string[] {
  const words: string[] = [];
  // Line by line, so that each paragraph's words come from the cache the other rules share.
  const lines = text.split("\n").map(segmentWords);
  if (!lines.includes(null)) {
    for (const line of lines) {
      for (const part of line ?? []) {
        const word = part.segment;
        if (part.isWordLike && word.length >= 2 && /\p{Script=Han}/u.test(word) && !stopwords.has(word)) {
          words.push(word);
        }
      }
    }
    return words;
  }
  // Old webviews without Intl.Segmenter: character pairs stand in for words.
  return hanBigrams(text);
}

// Theme words by their first character, each with the themes it belongs to: one pass over a text counts them all.
const byFirst = new Map<string, { word: string; themes: number[] }[]>();
THEMES.forEach((theme, index) => {
  for (const word of theme.words) {
    const list = byFirst.get(word[0]!) ?? [];
    const entry = list.find((e) => e.word === word);
    if (entry) entry.themes.push(index);
    else list.push({ word, themes: [index] });
    byFirst.set(word[0]!, list);
  }
});

function countInto(hits: number[], text: string, weight: number, ignore?: Set<string>): void {
  for (let i = 0; i < text.length; i++) {
    for (const { word, themes: into } of byFirst.get(text[i]!) ?? []) {
      if (!text.startsWith(word, i) || ignore?.has(word)) continue;
      for (const theme of into) hits[theme] = (hits[theme] ?? 0) + weight;
    }
  }
}

/** Vocabulary hits per theme (index into `THEMES`), lead sentence counted three times. */
export function themeHits(title: string, text: string, ignore?: Set<string>): number[] {
  const hits = THEMES.map(() => 0);
  countInto(hits, text, 1, ignore);
  countInto(hits, title, 2, ignore);
  return hits;
}

/** Theme words found in more than half of the names (纪律 in the six disciplines): they tell no name apart. */
export function commonThemeWords(names: string[]): Set<string> {
  const common = new Set<string>();
  if (names.length < 3) return common;
  for (const theme of THEMES) {
    for (const word of theme.words) {
      if (names.filter((name) => name.includes(word)).length > names.length / 2) common.add(word);
    }
  }
  return common;
}

/** Character pairs of every Han run, boilerplate pairs left out. */
export function hanBigrams(text: string): string[] {
  const grams: string[] = [];
  for (const run of text.match(HAN_RUN) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) {
      const gram = run.slice(i, i + 2);
      if (!stopwords.has(gram)) grams.push(gram);
    }
  }
  return grams;
}
