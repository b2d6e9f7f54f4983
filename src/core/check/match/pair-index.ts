/**
 * Which targets a problem is compared with: an inverted index from words, character pairs and themes to the
 * targets that hold them, so only pairs that share something are scored. A term held by very many targets
 * opens no pairs (it says nothing about which one answers), and each problem keeps its strongest few by
 * shared weight: the work and the memory grow with the report, not with its square.
 */
import type { Item, Outline } from "../../types";
import { pairEvidence, type PairEvidence } from "./signals";
import { unnamedMatter } from "./lapses";
import { leftOutProblems, type LeftOut } from "./exclusions";
import type { ItemVector } from "./vectors";

/** A term held by more targets than this opens no pairs... */
const POSTING_CAP = 48;
/** ...nor one held by more than half of them (but at least this many): it tells no target apart. */
const SELECTIVE_FLOOR = 3;
/** Pairs compared per problem at most, strongest shared weight first. */
const PAIRS_PER_PROBLEM = 32;
/** Causes added per problem for naming a root of its symptom, besides those it shares words with. */
const ROOTED_PER_PROBLEM = 8;

export type TargetKind = "cause" | "measure";

/** How much of a problem no target of the kind speaks of at all, each 0..1. */
export interface Gaps {
  /** Share of the problem's dominant themes (by depth) that no target mentions. */
  theme: number;
  /** Share of the lead sentence's words (by idf) that no target uses. */
  title: number;
  /** 1 when the lead is about a concrete matter (保密, 档案 …) that no target names. */
  lapse: number;
  /** 1 when the targets' own wording leaves the problem out (除第8条外，上述问题…; every measure names others). */
  leftOut: number;
}

export interface Pair extends PairEvidence {
  target: ItemVector;
  /** The words of an explicit reference to this problem (针对问题3), when the target makes one. */
  reference: string | null;
}

class Postings {
  private lists = new Map<string, number[]>();
  private readonly cap: number;
  constructor(targets: number) {
    this.cap = Math.min(POSTING_CAP, Math.max(SELECTIVE_FLOOR, Math.floor(targets / 2)));
  }
  add(term: string, target: number): void {
    const list = this.lists.get(term);
    if (!list) this.lists.set(term, [target]);
    else if (list.length <= this.cap) list.push(target);
  }
  get(term: string): number[] | undefined {
    const list = this.lists.get(term);
    return list && list.length <= this.cap ? list : undefined;
  }
}

/** Shared weight of each target with a problem, through the selective terms they share. */
function accumulate(
  p: ItemVector,
  targets: ItemVector[],
  words: Postings,
  grams: Postings,
  themes: Postings,
) {
  const shared = new Map<number, number>();
  const bump = (list: number[] | undefined, weight: (t: ItemVector) => number) => {
    for (const index of list ?? []) shared.set(index, (shared.get(index) ?? 0) + weight(targets[index]!));
  };
  for (const [term, weight] of p.words.weights)
    bump(
      words.get(term),
      (t) => (weight * (t.words.weights.get(term) ?? 0)) / (p.words.norm * t.words.norm || 1),
    );
  for (const [term, weight] of p.grams.weights)
    bump(
      grams.get(term),
      (t) => (weight * (t.grams.weights.get(term) ?? 0)) / (p.grams.norm * t.grams.norm || 1),
    );
  p.themes.forEach((weight, i) => {
    if (weight > 0)
      bump(themes.get(String(i)), (t) => (weight * (t.themes[i] ?? 0)) / (p.themeNorm * t.themeNorm || 1));
  });
  return shared;
}

/**
 * Calls `visit` once per problem with its pairs of one kind: the targets it shares selective terms with, the
 * targets that name it explicitly, the broad targets, the target whose number mirrors its aspect, the causes
 * naming a root of which it shows a symptom, and (for measures) those `viaCause` names: measures at the place of a cause the problem links to, with its probability.
 */
export function forEachPairs(
  outline: Outline,
  vectors: Map<string, ItemVector>,
  references: Map<string, Map<string, string>>,
  kind: TargetKind,
  visit: (problem: Item, pairs: Pair[], gaps: Gaps, leftOut: LeftOut | null) => void,
  viaCause?: Map<string, Map<number, number>>,
): void {
  const targetItems = kind === "cause" ? outline.causes : outline.measures;
  const targets = targetItems.map((item) => vectors.get(item.id)!);
  const words = new Postings(targets.length);
  const grams = new Postings(targets.length);
  const themes = new Postings(targets.length);
  targets.forEach((t, i) => {
    for (const term of t.words.weights.keys()) words.add(term, i);
    for (const term of t.grams.weights.keys()) grams.add(term, i);
    t.themes.forEach((weight, theme) => weight > 0 && themes.add(String(theme), i));
  });
  const broad = targets
    .map((t, i) => (t.broad ? i : -1))
    .filter((i) => i >= 0)
    .slice(0, PAIRS_PER_PROBLEM);
  // problem id → the targets that name it.
  const namedBy = new Map<string, number[]>();
  targetItems.forEach((t, i) => {
    for (const problem of references.get(t.id)?.keys() ?? []) {
      const list = namedBy.get(problem);
      if (!list) namedBy.set(problem, [i]);
      else if (list.length < PAIRS_PER_PROBLEM) list.push(i);
    }
  });
  const leftOut = leftOutProblems(outline, targets, references);
  const indexOf = new Map(targetItems.map((t, i) => [t.id, i]));
  const gapsOf = gapFinder(targets);
  const mirrors = targets.length === outline.aspects.length && targets.length > 1;
  const byValue = new Map(targets.map((t, i) => [t.value, i]));

  for (const problem of outline.problems) {
    const p = vectors.get(problem.id)!;
    const shared = accumulate(p, targets, words, grams, themes);
    const chosen = [...shared.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, PAIRS_PER_PROBLEM)
      .map(([index]) => index);
    const via = viaCause?.get(problem.id);
    const extra = [...broad, ...(namedBy.get(problem.id) ?? []), ...(via?.keys() ?? [])];
    const mirrored = mirrors && p.aspectValue !== null ? byValue.get(p.aspectValue) : undefined;
    if (mirrored !== undefined) extra.push(mirrored);
    // Causes naming a root of which the problem shows a symptom, whatever words they share (a few at most: in a
    // long report many causes name the same root).
    let rooted = 0;
    for (let i = 0; i < targets.length && rooted < ROOTED_PER_PROBLEM; i++) {
      if ([...targets[i]!.families.all].some((f) => p.families.all.has(f))) {
        extra.push(i);
        rooted++;
      }
    }
    const pairs: Pair[] = [];
    // A broad target that sets the problem aside is no pair of it.
    const left = leftOut.get(problem.id);
    const asideBy = left?.by ? indexOf.get(left.by.id) : undefined;
    for (const index of new Set([...chosen, ...extra])) {
      if (index === asideBy) continue;
      const t = targets[index]!;
      const named = references.get(t.item.id);
      const reference = named?.get(problem.id) ?? null;
      const context = {
        mirrors,
        referencesOthers: named !== undefined && !reference,
        viaCause: via?.get(index) ?? 0,
      };
      pairs.push({ target: t, reference, ...pairEvidence(p, t, context) });
    }
    visit(problem, pairs, { ...gapsOf(p), leftOut: left ? 1 : 0 }, left ?? null);
  }
}

function gapFinder(targets: ItemVector[]): (p: ItemVector) => Omit<Gaps, "leftOut"> {
  const terms = new Set<string>();
  const lapses = new Set<number>();
  const depth = new Float64Array(targets[0]?.themeDepth.length ?? 0);
  for (const t of targets) {
    for (const term of t.words.weights.keys()) terms.add(term);
    for (const lapse of t.lapses) lapses.add(lapse);
    t.themeDepth.forEach((d, i) => (depth[i] = Math.max(depth[i] ?? 0, d)));
  }
  return (p) => {
    let all = 0;
    let uncovered = 0;
    p.themes.forEach((weight, i) => {
      if (weight <= 0) return;
      all += p.themeDepth[i] ?? 0;
      if ((depth[i] ?? 0) < 1) uncovered += p.themeDepth[i] ?? 0;
    });
    let missingMass = 0;
    for (const [term, idf] of p.titleTerms) if (!terms.has(term)) missingMass += idf;
    return {
      theme: all > 0 ? uncovered / all : 0,
      title: p.titleMass > 0 ? missingMass / p.titleMass : 0,
      lapse: unnamedMatter(p.lapses, lapses) === null ? 0 : 1,
    };
  };
}
