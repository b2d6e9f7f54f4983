/**
 * The fitted model: per kind, a logistic layer over the pair signals, a second one over the pair's standing
 * among its rivals, a third for "nothing answers this problem", and the bars that make links and verdicts. The numbers are data (weights.json),
 * written by `npm run fit` from the corpus's fit split.
 */
import fitted from "./weights.json";
import { PAIR_SIGNALS, type PairSignal } from "./signals";
import type { Gaps } from "./pair-index";

export interface LogisticLayer {
  bias: number;
  weights: number[];
}

/** The bars that turn probabilities into links and verdicts (see `decide`). */
export interface Bars {
  /** A pair at or above this probability is a link... */
  link: number;
  /** ...when the pair layer alone gives it at least this: rivals being weaker is not evidence. */
  evidence: number;
  /**
   * A problem is suspect at or above this probability of `missing`: without a link it is missing (else
   * uncertain), and only pairs at or above `strong` link it.
   */
  warn: number;
  strong: number;
  /** A candidate sharing a theme this strongly (cosine of the dominant themes) keeps a suspect problem uncertain. */
  theme: number;
}

export interface KindModel extends Bars {
  /** Over PAIR_SIGNALS. */
  pair: LogisticLayer;
  /** Over RANK_FEATURES. */
  rank: LogisticLayer;
  /** Over MISSING_FEATURES: the probability that nothing in the report answers the problem. */
  missing: LogisticLayer;
}

export interface Model {
  cause: KindModel;
  measure: KindModel;
}

/** How a pair stands among the other pairs of its problem and of its target. */
export const RANK_FEATURES = [
  "pairLogit",
  "problemShare",
  "targetShare",
  "problemNone",
  "aboveReportBest",
] as const;

export interface Standing {
  /** The pair layer's logit. */
  logit: number;
  /** Σ exp(logit) over the problem's pairs of this kind, and over the target's pairs. */
  problemMass: number;
  targetMass: number;
  /** The mean over the report's problems of their best logit of this kind. */
  reportBest: number;
}

/** What a problem's best candidates have, for the missing-or-uncertain call. */
export const MISSING_FEATURES = [
  "bestEvidence",
  "maxCosine",
  "maxGramCosine",
  "maxRareShared",
  "maxTheme",
  "maxViaCause",
  "maxRootSymptom",
  "themeGap",
  "titleGap",
  "lapseGap",
] as const;

export function missingVector(
  candidates: { evidence: number; signals: Record<PairSignal, number> }[],
  gaps: Gaps,
): number[] {
  const max = (f: (c: (typeof candidates)[number]) => number) => Math.max(0, ...candidates.map(f));
  return [
    max((c) => c.evidence),
    max((c) => c.signals.cosine),
    max((c) => c.signals.gramCosine),
    max((c) => c.signals.rareShared),
    max((c) => c.signals.theme),
    max((c) => c.signals.viaCause),
    // A cause naming a root of which the problem shows a symptom: attitude problems are answered this way.
    max((c) => c.signals.rootSymptom),
    gaps.theme,
    gaps.title,
    gaps.lapse,
  ];
}

export const fittedModel: Model = { cause: fitted.cause, measure: fitted.measure };

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function linear(layer: LogisticLayer, x: ArrayLike<number>): number {
  let sum = layer.bias;
  for (let i = 0; i < layer.weights.length; i++) sum += (layer.weights[i] ?? 0) * (x[i] ?? 0);
  return sum;
}

export function pairVector(signals: Record<PairSignal, number>): number[] {
  return PAIR_SIGNALS.map((name) => signals[name]);
}

export function rankVector(s: Standing): number[] {
  const own = Math.exp(s.logit);
  // problemNone: how likely "none of them" is beside the problem's pairs (a lone weak pair has a large share).
  return [s.logit, own / s.problemMass, own / s.targetMass, 1 / (1 + s.problemMass), s.logit - s.reportBest];
}
