/** Content words and themes of an item's text: the raw material the matcher compares. */
import stopwordData from "./stopwords.json";
import { THEMES } from "../../themes";
import { segmentWords } from "../word-segmenter";

const stopwords = new Set<string>(stopwordData.words);

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
  // Old webviews without Intl.Segmenter: character bigrams of Han runs.
  for (const run of text.match(HAN_RUN) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) {
      const bigram = run.slice(i, i + 2);
      if (!stopwords.has(bigram)) words.push(bigram);
    }
  }
  return words;
}

function countOccurrences(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) count++;
  return count;
}

/** Vocabulary hits per theme (index into `THEMES`), lead sentence counted three times. */
export function themeHits(title: string, text: string, ignore?: Set<string>): number[] {
  return THEMES.map((theme) => {
    let hits = 0;
    for (const word of theme.words) {
      if (ignore?.has(word)) continue;
      hits += countOccurrences(text, word) + 2 * countOccurrences(title, word);
    }
    return hits;
  });
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
