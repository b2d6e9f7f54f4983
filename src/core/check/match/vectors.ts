/**
 * What the matcher compares, built once per item: weighted content words, character pairs and themes.
 * Weights are tf-idf over the items of this report, so a word every item uses carries little.
 */
import type { Item, Outline } from "../../types";
import { THEMES } from "../../themes";
import { broadWords, commonThemeWords, contentWords, hanBigrams, themeHits } from "./content-words";
import { itemValue } from "./item-numbers";
import { broadClaim } from "./broad";
import { familiesOf, type Families } from "./root-symptoms";
import { lapsesOfProblem, lapsesOfTarget } from "./lapses";

/** Occurrences in the lead sentence count this many times more. */
const TITLE_BOOST = 3;
/** A theme counts for an item when its hits reach this share of the item's strongest theme. */
const DOMINANT_SHARE = 0.4;
/** Aspect heading hits count this many times for the problems under it. */
const ASPECT_BOOST = 3;

export interface Weighted {
  /** term → weight (idf applied). */
  weights: Map<string, number>;
  norm: number;
}

export interface ItemVector {
  item: Item;
  words: Weighted;
  /** Character pairs of the Han text: they catch words the segmenter splits (估抄, 实抄, 两委). */
  grams: Weighted;
  /** Words this item shares with at most one other item of the report: a strong hint when shared. */
  rare: Set<string>;
  /** Short quoted terms (“两委”, “开口子”). */
  quotes: Set<string>;
  /** term → idf for the lead sentence's words. */
  titleTerms: Map<string, number>;
  titleMass: number;
  /** The same for the lead sentence's character pairs. */
  titleGrams: Map<string, number>;
  titleGramMass: number;
  /** √hits per theme, before weighting: how much the item says about each theme. */
  themeDepth: Float64Array;
  /** Dominant themes, weighted by how few items share them. */
  themes: Float64Array;
  themeNorm: number;
  /** The item's number's value, or its position. */
  value: number;
  /** Where the item stands in its list, 0 (first) to 1 (last). */
  place: number;
  /** The problem's aspect number, for the order hint. */
  aspectValue: number | null;
  /** The content words of a problem's aspect heading (broad words left out): what its part is about. */
  aspectWords: Set<string>;
  /** Root families a cause names, symptom families a problem shows (root-symptoms.json). */
  families: Families;
  /** Concrete matters (lapse-domains.json) a problem's lead is about, or a cause or measure speaks of. */
  lapses: Set<number>;
  /** Why a cause or measure speaks for every problem (上述问题; the only one of its part), when it does. */
  broad: string | null;
}

function counts(words: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const word of words) map.set(word, (map.get(word) ?? 0) + 1);
  return map;
}

/** tf-idf of body counts, the lead's occurrences boosted. */
function weigh(body: Map<string, number>, title: Map<string, number>, idf: (t: string) => number): Weighted {
  const weights = new Map<string, number>();
  let norm = 0;
  for (const [term, count] of body) {
    const weight = (1 + Math.log(count + TITLE_BOOST * (title.get(term) ?? 0))) * idf(term);
    weights.set(term, weight);
    norm += weight * weight;
  }
  return { weights, norm: Math.sqrt(norm) };
}

function documentFrequency(bags: Map<string, number>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const bag of bags) for (const term of bag.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  return df;
}

const inverse = (df: Map<string, number>, n: number) => (term: string) =>
  Math.log((n + 1) / (df.get(term) ?? 1));

const QUOTED = /[“"]([^”"]{2,8})[”"]/gu;

function quotesOf(text: string): Set<string> {
  return new Set([...text.matchAll(QUOTED)].map((m) => m[1]!));
}

function dominant(hits: number[]): Float64Array {
  const soft = hits.map((h) => Math.sqrt(h));
  const max = Math.max(0, ...soft);
  return Float64Array.from(soft, (h) => (max > 0 && h >= DOMINANT_SHARE * max ? h : 0));
}

export function buildVectors(outline: Outline): Map<string, ItemVector> {
  const all = [...outline.problems, ...outline.causes, ...outline.measures];
  const fullText = (item: Item) =>
    item.text.includes(item.title) ? item.text : `${item.title}\n${item.text}`;
  const raw = all.map((item) => ({
    item,
    title: counts(contentWords(item.title)),
    body: counts(contentWords(fullText(item))),
    titleGrams: counts(hanBigrams(item.title)),
    bodyGrams: counts(hanBigrams(fullText(item))),
  }));
  const df = documentFrequency(raw.map((r) => r.body));
  const idf = inverse(df, raw.length);
  const gramIdf = inverse(documentFrequency(raw.map((r) => r.bodyGrams)), raw.length);

  const names = outline.aspects.map((aspect) => aspect.name);
  const common = commonThemeWords(names);
  const aspectHits = names.map((name) => themeHits(name, name, common));
  const themeDf = new Float64Array(THEMES.length);
  const positions = { problem: 0, cause: 0, measure: 0 };
  const listLength = {
    problem: outline.problems.length,
    cause: outline.causes.length,
    measure: outline.measures.length,
  };
  const vectors = new Map<string, ItemVector>();
  for (const { item, title, body, titleGrams, bodyGrams } of raw) {
    const titleTerms = new Map<string, number>();
    let titleMass = 0;
    for (const term of title.keys()) {
      titleTerms.set(term, idf(term));
      titleMass += idf(term);
    }
    const titleGramTerms = new Map([...titleGrams.keys()].map((gram) => [gram, gramIdf(gram)]));
    const hits = themeHits(item.title, item.text);
    const inherited =
      item.kind === "problem" && item.aspect !== undefined ? aspectHits[item.aspect] : undefined;
    if (inherited) inherited.forEach((h, i) => (hits[i] = (hits[i] ?? 0) + ASPECT_BOOST * h));
    const themeVector = dominant(hits);
    themeVector.forEach((h, i) => (themeDf[i] = (themeDf[i] ?? 0) + (h > 0 ? 1 : 0)));
    vectors.set(item.id, {
      item,
      words: weigh(body, title, idf),
      grams: weigh(bodyGrams, titleGrams, gramIdf),
      rare: new Set([...body.keys()].filter((term) => (df.get(term) ?? 0) <= 2)),
      quotes: quotesOf(item.text),
      aspectWords: new Set(
        item.kind === "problem" && item.aspect !== undefined
          ? contentWords(names[item.aspect] ?? "").filter((w) => !broadWords.has(w))
          : [],
      ),
      families: familiesOf(item.kind, item.title, item.text),
      lapses: item.kind === "problem" ? lapsesOfProblem(item.title) : lapsesOfTarget(item.title, item.text),
      titleTerms,
      titleMass,
      titleGrams: titleGramTerms,
      titleGramMass: [...titleGramTerms.values()].reduce((a, b) => a + b, 0),
      themeDepth: Float64Array.from(hits, (h) => Math.sqrt(h)),
      themes: themeVector,
      themeNorm: 0,
      place: (positions[item.kind] + 0.5) / Math.max(1, listLength[item.kind]),
      value: itemValue(item, positions[item.kind]++),
      aspectValue:
        item.aspect !== undefined ? (outline.aspects[item.aspect]?.number?.value ?? item.aspect + 1) : null,
      broad: broadClaim(item, outline),
    });
  }
  // A theme most items share tells little about which problem a target answers.
  const n = all.length;
  for (const vector of vectors.values()) {
    vector.themes.forEach(
      (h, i) => (vector.themes[i] = h * Math.log((n + 1) / Math.max(1, themeDf[i] ?? 1))),
    );
    vector.themeNorm = Math.hypot(...vector.themes);
  }
  return vectors;
}
