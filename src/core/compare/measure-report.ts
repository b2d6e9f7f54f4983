/**
 * Does a passage say what became of a measure? It does when one of its sentences takes up enough of the
 * measure's content words (台账, 巡查, 请销假): a report paraphrases, so the words count, not the wording.
 * Genre boilerplate (加强, 进一步) is left out by the matcher's stopwords, and words the report uses all
 * over (学习 in a report about study) tell nothing either.
 */
import { contentWords } from "../check/match/content-words";

/** A sentence reports on a measure when it shares this share of the measure's telling words … */
const SHARE = 0.35;
/** … but at least this many, and never more than MOST are asked for. */
const LEAST = 3;
const MOST = 5;
/** A word found in more than this share of a report's sentences is its common vocabulary. */
const COMMON = 0.2;

const SENTENCE_END = /[。！？；\n]/;

/** The distinct content words of a text. */
export function wordSet(text: string): Set<string> {
  return new Set(contentWords(text));
}

/** Sentences of a passage, each with the next joined on (a report often runs over a full stop). */
export function sentenceWindows(text: string): string[] {
  const sentences = text.split(SENTENCE_END).filter((s) => s.trim() !== "");
  return sentences.map((s, i) => s + (sentences[i + 1] ?? ""));
}

/** Words found in more than a fifth of the report's sentences (and in three at least). */
export function commonWords(reportSentences: Set<string>[]): Set<string> {
  const count = new Map<string, number>();
  for (const words of reportSentences) for (const w of words) count.set(w, (count.get(w) ?? 0) + 1);
  const bar = Math.max(3, reportSentences.length * COMMON);
  return new Set([...count].filter(([, n]) => n > bar).map(([w]) => w));
}

/** The measure's words that the best of `windows` takes up; empty when too few. */
export function reportedBy(measure: Set<string>, windows: Set<string>[], common: Set<string>): string[] {
  const telling = [...measure].filter((w) => !common.has(w));
  const need = Math.min(MOST, Math.max(LEAST, Math.ceil(telling.length * SHARE)));
  let best: string[] = [];
  for (const window of windows) {
    const shared = telling.filter((word) => window.has(word));
    if (shared.length > best.length) best = shared;
  }
  return best.length >= need ? best : [];
}
