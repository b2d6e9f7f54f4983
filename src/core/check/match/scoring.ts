/**
 * Scores the pairs the index opens, with the fitted model, and gives each problem and kind one of three
 * verdicts: linked, uncertain (something speaks for a target, not enough to link) or missing (nothing does).
 * Only each problem's best few candidates are kept.
 */
import type { Item, Outline } from "../../types";
import { chineseNumeral } from "../../outline/chinese-numerals";
import {
  fittedModel,
  linear,
  missingVector,
  pairVector,
  rankVector,
  sigmoid,
  type Bars,
  type LogisticLayer,
  type Model,
  type Standing,
} from "./model";
import { forEachPairs, type Gaps, type Pair, type TargetKind } from "./pair-index";
import { referencesByTarget } from "./references";
import type { LeftOut } from "./exclusions";
import type { PairSignal } from "./signals";
import { buildVectors, type ItemVector } from "./vectors";

export type { TargetKind } from "./pair-index";
export type Verdict = "linked" | "uncertain" | "missing";

/** Candidates kept per problem and kind. */
const KEPT = 6;

export interface Candidate {
  problem: Item;
  target: Item;
  kind: TargetKind;
  /** The model's probability that the target answers the problem. */
  score: number;
  /** The pair layer's probability alone, before the pair's standing among its rivals. */
  evidence: number;
  /** Shared content words, strongest first. */
  words: string[];
  /** Names of the themes both items are mostly about. */
  themes: string[];
  /** The root family the cause names and the problem shows a symptom of, when both leads say so. */
  root: string | null;
  /** "方面一 ↔ 措施一" when the target's number mirrors the problem's aspect. */
  order: string | null;
  /** Why the target speaks for every problem ("上述问题"; the only cause), when it does. */
  broad: string | null;
  signals: Record<PairSignal, number>;
  /** The words of an explicit reference to this problem ("针对问题3"). */
  reference: string | null;
  /** True when the candidate is a link (referenced, broad, or clears the bar). */
  linked: boolean;
}

export interface ScoredOutline {
  /** Candidates per problem id and kind, best first. */
  ranked: Map<string, Record<TargetKind, Candidate[]>>;
  /** The verdict per problem id and kind, before the writer's decisions. */
  verdicts: Map<string, Record<TargetKind, Verdict>>;
  /** Per problem id and kind, why the targets' own wording leaves it out (see exclusions.ts), if it does. */
  leftOut: Map<string, Record<TargetKind, LeftOut | null>>;
}

export interface Ranked {
  /** The problem's best few pairs of one kind, with their standing. */
  pairs: { pair: Pair; standing: Standing }[];
  gaps: Gaps;
  leftOut: LeftOut | null;
}

// Explicit references first, then broad targets: both link whatever their score.
const forced = (pair: Pair) => (pair.reference ? 2 : pair.target.broad ? 1 : 0);

/**
 * Each problem's best few pairs of one kind, with their standing: the pair layer's logit against the best of
 * the problem's pairs and the best of the target's.
 */
export function rankPairs(
  outline: Outline,
  vectors: Map<string, ItemVector>,
  references: Map<string, Map<string, string>>,
  kind: TargetKind,
  layer: LogisticLayer,
  viaCause?: Map<string, Map<number, number>>,
): Map<string, Ranked> {
  const kept = new Map<
    string,
    Omit<Ranked, "pairs"> & { pairs: { pair: Pair; logit: number }[]; mass: number }
  >();
  const targetMass = new Map<string, number>();
  forEachPairs(
    outline,
    vectors,
    references,
    kind,
    (problem, pairs, gaps, leftOut) => {
      const scored = pairs.map((pair) => ({ pair, logit: linear(layer, pairVector(pair.signals)) }));
      let mass = 0;
      for (const { pair, logit } of scored) {
        mass += Math.exp(logit);
        const id = pair.target.item.id;
        targetMass.set(id, (targetMass.get(id) ?? 0) + Math.exp(logit));
      }
      scored.sort((a, b) => forced(b.pair) - forced(a.pair) || b.logit - a.logit);
      kept.set(problem.id, { pairs: scored.slice(0, KEPT), mass, gaps, leftOut });
    },
    viaCause,
  );
  // How strong a problem's best pair is in this report, on the mean: writers differ in how much they repeat.
  let bestSum = 0;
  for (const { pairs } of kept.values()) bestSum += pairs.reduce((best, p) => Math.max(best, p.logit), -10);
  const reportBest = kept.size > 0 ? bestSum / kept.size : 0;
  const ranked = new Map<string, Ranked>();
  for (const [id, { pairs, mass, gaps, leftOut }] of kept) {
    ranked.set(id, {
      gaps,
      leftOut,
      pairs: pairs.map(({ pair, logit }) => ({
        pair,
        standing: {
          logit,
          problemMass: mass,
          targetMass: targetMass.get(pair.target.item.id) ?? Math.exp(logit),
          reportBest,
        },
      })),
    });
  }
  return ranked;
}

export function scoreOutline(outline: Outline, model: Model = fittedModel): ScoredOutline {
  const vectors = buildVectors(outline);
  const references = referencesByTarget(outline);
  const ranked = new Map<string, Record<TargetKind, Candidate[]>>();
  const verdicts = new Map<string, Record<TargetKind, Verdict>>();
  const leftOut = new Map<string, Record<TargetKind, LeftOut | null>>();
  for (const problem of outline.problems) {
    ranked.set(problem.id, { cause: [], measure: [] });
    verdicts.set(problem.id, { cause: "missing", measure: "missing" });
    leftOut.set(problem.id, { cause: null, measure: null });
  }
  let viaCause: Map<string, Map<number, number>> | undefined;
  for (const kind of ["cause", "measure"] as const) {
    const layer = model[kind];
    const pairs = rankPairs(outline, vectors, references, kind, layer.pair, viaCause);
    for (const problem of outline.problems) {
      const entry = pairs.get(problem.id);
      if (!entry) continue;
      const candidates = entry.pairs.map(({ pair, standing }) =>
        candidateOf(problem, kind, pair, standing, sigmoid(linear(layer.rank, rankVector(standing)))),
      );
      candidates.sort((a, b) => b.score - a.score);
      const missing = sigmoid(linear(layer.missing, missingVector(candidates, entry.gaps)));
      const decision = decide(
        candidates.map((c) => ({
          score: c.score,
          evidence: c.evidence,
          forced: c.reference !== null || c.broad !== null,
          weak: weakEvidence(c.signals, c.words),
          theme: c.signals.theme,
        })),
        missing,
        layer,
        entry.gaps,
      );
      candidates.forEach((c, i) => (c.linked = decision.linked[i] ?? false));
      ranked.get(problem.id)![kind] = candidates;
      verdicts.get(problem.id)![kind] = decision.verdict;
      leftOut.get(problem.id)![kind] = entry.leftOut;
    }
    viaCause = mirroredCauses(outline, ranked);
  }
  return { ranked, verdicts, leftOut };
}

/**
 * When the measures are as many as the causes they often follow them one by one: problem id → measure index →
 * the probability that the cause at that place explains the problem.
 */
export function mirroredCauses(
  outline: Outline,
  ranked: Map<string, { cause: { target: Item; score: number }[] }>,
): Map<string, Map<number, number>> | undefined {
  if (outline.causes.length !== outline.measures.length || outline.causes.length < 2) return undefined;
  const place = new Map(outline.causes.map((c, i) => [c.id, i]));
  const result = new Map<string, Map<number, number>>();
  for (const [problem, { cause }] of ranked) {
    result.set(problem, new Map(cause.map((c) => [place.get(c.target.id) ?? -1, c.score])));
  }
  return result;
}

/**
 * A shared theme alone, or nothing at all beyond a pair's standing among its rivals, never links: at most it
 * makes the problem uncertain. A link needs a shared word of note (one that carried weight, not a broad word
 * such as 业务 or 材料), a shared quoted term, the order, the cause at the same place, or a cause whose lead
 * names a root of which the problem's lead shows a symptom (a word-level pairing, not a theme).
 */
export function weakEvidence(s: Record<PairSignal, number>, words: string[]): boolean {
  const sharedWord = words.length > 0 && (s.rareShared > 0 || s.cosine >= 0.03);
  return !sharedWord && s.quoteShared === 0 && s.order === 0 && s.viaCause < 0.5 && s.rootSymptom < 1;
}

/**
 * The links and the verdict of one problem and kind. A referenced or broad candidate always links; another
 * needs evidence of its own (see `weakEvidence`), the evidence bar for the pair layer alone and the link bar for
 * its probability, or the strong bar when the missing layer suspects that nothing answers the problem. With no
 * link the problem is missing when suspect (and no target shares a meaningful theme with it, or the problem is
 * about a concrete matter no target names: `gaps.lapse`), or when nothing is near it at all (no candidate, or none
 * sharing a word of note, a theme or the order); else uncertain. A problem the targets' own wording leaves out
 * (see exclusions.ts) is suspect whatever the missing layer says.
 */
export function decide(
  candidates: { score: number; evidence: number; forced: boolean; weak: boolean; theme: number }[],
  missing: number,
  bars: Bars,
  gaps: Pick<Gaps, "lapse" | "leftOut"> = { lapse: 0, leftOut: 0 },
): { linked: boolean[]; verdict: Verdict } {
  // A target about the same theme is some evidence: it cannot link alone, but it keeps the problem uncertain...
  // unless the problem is about a concrete matter (保密, 档案, 报送) that no target names at all.
  const themeGuard = gaps.lapse !== 1 && candidates.some((c) => c.theme >= bars.theme);
  const suspect = (missing >= bars.warn && !themeGuard) || gaps.leftOut === 1;
  const linked = candidates.map(
    (c) =>
      c.forced ||
      (!c.weak &&
        c.evidence >= bars.evidence &&
        c.score >= bars.link &&
        (!suspect || c.score >= bars.strong)),
  );
  // Nothing near: no candidate shares a word of note, a theme or the order.
  const nothingNear = candidates.every((c) => c.weak && c.theme === 0);
  const verdict: Verdict = linked.includes(true)
    ? "linked"
    : suspect || nothingNear
      ? "missing"
      : "uncertain";
  return { linked, verdict };
}

function candidateOf(
  problem: Item,
  kind: TargetKind,
  pair: Pair,
  standing: Standing,
  score: number,
): Candidate {
  const t = pair.target;
  return {
    problem,
    target: t.item,
    kind,
    score,
    evidence: sigmoid(standing.logit),
    words: pair.words,
    themes: pair.themes,
    root: pair.root,
    order: pair.signals.order
      ? `方面${chineseNumeral(t.value)} ↔ ${kind === "cause" ? "原因" : "措施"}${chineseNumeral(t.value)}`
      : null,
    broad: t.broad,
    signals: pair.signals,
    reference: pair.reference,
    linked: false,
  };
}
