/**
 * Scores every problem against every cause and measure. Term vectors and theme vectors are built once
 * per item, so the cost is one sparse dot product per pair.
 */
import type { Item, Outline } from "../../types";
import { itemValue } from "./item-numbers";
import { findReferences } from "./references";
import { chineseNumeral } from "../../outline/chinese-numerals";
import { THEMES } from "../../themes";
import { commonThemeWords, contentWords, themeHits } from "./content-words";

export type TargetKind = "cause" | "measure";

export interface Candidate {
  problem: Item;
  target: Item;
  kind: TargetKind;
  score: number;
  /** Shared content words, strongest first. */
  words: string[];
  /** Names of the themes both items are mostly about. */
  themes: string[];
  /** "方面一 ↔ 措施一" when the target's number mirrors the problem's aspect. */
  order: string | null;
  /** Why the target speaks for every problem ("上述问题"; the only cause), when it does. */
  broad: string | null;
  /** The signals the score is made of, each 0..1. */
  signals: { cosine: number; problemCoverage: number; targetCoverage: number; theme: number };
  /** The words of an explicit reference to this problem ("针对问题3"). */
  reference: string | null;
  /** True when the candidate clears the bar (or is referenced). */
  linked: boolean;
}

/** Weights and bars, tuned on the gold fixtures (bench/match.ts prints the result). */
export const WEIGHTS = {
  /** Occurrences in the lead sentence count this many times. */
  titleBoost: 3,
  cosine: 0.9,
  problemCoverage: 0.15,
  targetCoverage: 0.25,
  theme: 0.45,
  order: 0.04,
  /** A theme counts for an item when its hits reach this share of the item's strongest theme. */
  dominantShare: 0.4,
  /** Aspect heading hits count this many times for the problems under it. */
  aspectBoost: 3,
  /** Absolute bar a matched candidate must clear. */
  floor: 0.16,
  /** ... and its share of the problem's best candidate of that kind. */
  relative: 0.7,
};

interface ItemVector {
  item: Item;
  /** term → weight (idf applied). */
  terms: Map<string, number>;
  norm: number;
  /** term → idf for the lead sentence's terms. */
  titleTerms: Map<string, number>;
  titleMass: number;
  /** Dominant themes (idf applied). */
  themes: Float64Array;
  themeNorm: number;
  value: number;
  /** The problem's aspect number, for the order hint. */
  aspectValue: number | null;
  broad: string | null;
}

function dominant(hits: number[]): Float64Array {
  const soft = hits.map((h) => Math.sqrt(h));
  const max = Math.max(0, ...soft);
  return Float64Array.from(soft, (h) => (max > 0 && h >= WEIGHTS.dominantShare * max ? h : 0));
}

// A cause or measure that says it speaks for all the problems (反思上述问题; 这些问题的总根子).
const BROAD = /(?:上述|以上|前述|这些|上面)(?:\S{0,4})?问题|总根子|总开关|根本原因在于|归结起来/u;

function counts(words: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const word of words) map.set(word, (map.get(word) ?? 0) + 1);
  return map;
}

export interface ScoredOutline {
  /** Candidates per problem id and kind, best first. */
  ranked: Map<string, Record<TargetKind, Candidate[]>>;
}

export function scoreOutline(outline: Outline): ScoredOutline {
  const all = [...outline.problems, ...outline.causes, ...outline.measures];
  const raw = all.map((item) => {
    const title = counts(contentWords(item.title));
    const body = counts(
      contentWords(item.text.includes(item.title) ? item.text : `${item.title}\n${item.text}`),
    );
    return { item, title, body };
  });

  // Document frequency over the items of this report.
  const df = new Map<string, number>();
  for (const { body, title } of raw) {
    for (const term of new Set([...body.keys(), ...title.keys()])) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const n = all.length;
  const idf = (term: string) => Math.log((n + 1) / (df.get(term) ?? 1));

  const names = outline.aspects.map((aspect) => aspect.name);
  const common = commonThemeWords(names);
  const aspectHits = names.map((name) => themeHits(name, name, common));

  const vectors = new Map<string, ItemVector>();
  const positions = { problem: 0, cause: 0, measure: 0 };
  const themeDf = new Float64Array(THEMES.length);
  for (const { item, title, body } of raw) {
    const terms = new Map<string, number>();
    let norm = 0;
    for (const [term, count] of body) {
      const weight = (1 + Math.log(count + WEIGHTS.titleBoost * (title.get(term) ?? 0))) * idf(term);
      terms.set(term, weight);
      norm += weight * weight;
    }
    const titleTerms = new Map<string, number>();
    let titleMass = 0;
    for (const term of title.keys()) {
      titleTerms.set(term, idf(term));
      titleMass += idf(term);
    }
    const hits = themeHits(item.title, item.text);
    const inherited =
      item.kind === "problem" && item.aspect !== undefined ? aspectHits[item.aspect] : undefined;
    if (inherited) inherited.forEach((h, i) => (hits[i] = (hits[i] ?? 0) + WEIGHTS.aspectBoost * h));
    const themeVector = dominant(hits);
    themeVector.forEach((h, i) => (themeDf[i] = (themeDf[i] ?? 0) + (h > 0 ? 1 : 0)));
    const siblings = item.kind === "cause" ? outline.causes : outline.measures;
    const lead = item.text.slice(0, item.title.length + 60);
    vectors.set(item.id, {
      item,
      terms,
      norm: Math.sqrt(norm),
      titleTerms,
      titleMass,
      themes: themeVector,
      themeNorm: 0,
      value: itemValue(item, positions[item.kind]++),
      aspectValue:
        item.aspect !== undefined ? (outline.aspects[item.aspect]?.number?.value ?? item.aspect + 1) : null,
      broad:
        item.kind === "problem"
          ? null
          : siblings.length === 1 && outline.problems.length > 1
            ? `唯一的${item.kind === "cause" ? "原因" : "措施"}，概括全部问题`
            : (BROAD.exec(lead)?.[0] ?? null),
    });
  }
  // A theme most items share tells little about which problem a target answers.
  for (const vector of vectors.values()) {
    vector.themes.forEach(
      (h, i) => (vector.themes[i] = h * Math.log((n + 1) / Math.max(1, themeDf[i] ?? 1))),
    );
    vector.themeNorm = Math.hypot(...vector.themes);
  }

  const references = referencesByTarget(outline);
  const ranked = new Map<string, Record<TargetKind, Candidate[]>>();
  for (const problem of outline.problems) {
    const p = vectors.get(problem.id);
    if (!p) continue;
    const entry: Record<TargetKind, Candidate[]> = { cause: [], measure: [] };
    for (const kind of ["cause", "measure"] as const) {
      const targets = kind === "cause" ? outline.causes : outline.measures;
      const mirrors = targets.length === outline.aspects.length && targets.length > 1;
      for (const target of targets) {
        const t = vectors.get(target.id);
        if (!t) continue;
        entry[kind].push(scorePair(p, t, kind, mirrors, references.get(target.id)?.get(problem.id) ?? null));
      }
      const list = entry[kind];
      list.sort((a, b) => b.score - a.score);
      const best = list[0]?.score ?? 0;
      for (const candidate of list) {
        candidate.linked =
          candidate.reference !== null ||
          candidate.broad !== null ||
          (candidate.score >= WEIGHTS.floor && candidate.score >= WEIGHTS.relative * best);
      }
    }
    ranked.set(problem.id, entry);
  }
  return { ranked };
}

function scorePair(
  p: ItemVector,
  t: ItemVector,
  kind: TargetKind,
  mirrors: boolean,
  reference: string | null,
): Candidate {
  // Iterate the smaller map: the dot product and the shared words in one pass.
  const [small, large] = p.terms.size <= t.terms.size ? [p.terms, t.terms] : [t.terms, p.terms];
  let dot = 0;
  const shared: [string, number][] = [];
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other === undefined) continue;
    dot += weight * other;
    shared.push([term, weight * other]);
  }
  const cosine = p.norm > 0 && t.norm > 0 ? dot / (p.norm * t.norm) : 0;
  let problemCovered = 0;
  for (const [term, weight] of p.titleTerms) if (t.terms.has(term)) problemCovered += weight;
  let targetCovered = 0;
  for (const [term, weight] of t.titleTerms) if (p.terms.has(term)) targetCovered += weight;
  const problemCoverage = p.titleMass > 0 ? problemCovered / p.titleMass : 0;
  const targetCoverage = t.titleMass > 0 ? targetCovered / t.titleMass : 0;

  let themeDot = 0;
  const sharedThemes: string[] = [];
  p.themes.forEach((weight, i) => {
    const other = t.themes[i] ?? 0;
    if (weight > 0 && other > 0) {
      themeDot += weight * other;
      sharedThemes.push(THEMES[i]?.name ?? "");
    }
  });
  const themeScore = p.themeNorm > 0 && t.themeNorm > 0 ? themeDot / (p.themeNorm * t.themeNorm) : 0;

  const order =
    mirrors && p.aspectValue !== null && p.aspectValue === t.value
      ? `方面${chineseNumeral(p.aspectValue)} ↔ ${kind === "cause" ? "原因" : "措施"}${chineseNumeral(t.value)}`
      : null;

  const score =
    WEIGHTS.cosine * cosine +
    WEIGHTS.problemCoverage * problemCoverage +
    WEIGHTS.targetCoverage * targetCoverage +
    WEIGHTS.theme * themeScore +
    (order ? WEIGHTS.order : 0);
  shared.sort((a, b) => b[1] - a[1]);
  return {
    problem: p.item,
    target: t.item,
    kind,
    score,
    words: shared.map(([term]) => term),
    themes: sharedThemes,
    order,
    signals: { cosine, problemCoverage, targetCoverage, theme: themeScore },
    broad: t.broad,
    reference,
    linked: false,
  };
}

/** target id → problem id → the reference's words. */
function referencesByTarget(outline: Outline): Map<string, Map<string, string>> {
  const problemsByValue = new Map<number, Item[]>();
  outline.problems.forEach((problem, i) => {
    const value = itemValue(problem, i);
    problemsByValue.set(value, [...(problemsByValue.get(value) ?? []), problem]);
  });
  const aspectValue = (index: number) => outline.aspects[index]?.number?.value ?? index + 1;
  const result = new Map<string, Map<string, string>>();
  for (const target of [...outline.causes, ...outline.measures]) {
    const found = new Map<string, string>();
    for (const reference of findReferences(target.text)) {
      for (const value of reference.problems) {
        for (const problem of problemsByValue.get(value) ?? []) found.set(problem.id, reference.quote);
      }
      for (const value of reference.aspects) {
        for (const problem of outline.problems) {
          if (problem.aspect !== undefined && aspectValue(problem.aspect) === value)
            found.set(problem.id, reference.quote);
        }
      }
    }
    if (found.size > 0) result.set(target.id, found);
  }
  return result;
}
