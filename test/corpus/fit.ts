/**
 * Fits the matcher on the corpus's fit split: a logistic layer over the pair signals, a second over the pair's
 * standing among its rivals, a third for "nothing answers this problem", then the link and warn bars.
 */
import { readOutline } from "../../src/core/outline/read-outline";
import {
  linear,
  missingVector,
  pairVector,
  rankVector,
  sigmoid,
  type Bars,
  type KindModel,
  type LogisticLayer,
  type Standing,
} from "../../src/core/check/match/model";
import { forEachPairs, type Gaps, type Pair } from "../../src/core/check/match/pair-index";
import { referencesByTarget } from "../../src/core/check/match/references";
import { decide, mirroredCauses, rankPairs, weakEvidence } from "../../src/core/check/match/scoring";
import { buildVectors } from "../../src/core/check/match/vectors";
import type { PairSignal } from "../../src/core/check/match/signals";
import type { Item, Outline } from "../../src/core/types";
import type { CorpusReport } from "./corpus";
import { mapGoldItems } from "./gold-items";
import { fitLogistic } from "./logistic";
import { deletionVariants } from "./variants";
import type { Kind } from "./score";

interface Prepared {
  writer: string;
  /** A report with an item deleted: it trains the layers, but the bars are chosen on the reports as written. */
  variant: boolean;
  outline: Outline;
  vectors: ReturnType<typeof buildVectors>;
  references: ReturnType<typeof referencesByTarget>;
  /** Outline item id → gold keys it holds. */
  keys: Map<string, string[]>;
  /** "problem key→target key" of every gold link of each kind. */
  gold: Record<Kind, Set<string>>;
  /** Gold links per mapped problem item and kind, and whether gold says it has none. */
  goldCount: Record<Kind, Map<string, number>>;
}

function prepare(report: CorpusReport, variant: boolean): Prepared {
  const outline = readOutline(report.paragraphs);
  const mapped = mapGoldItems(outline, report.gold);
  const keys = new Map<string, string[]>();
  for (const [key, item] of mapped.item) if (item) keys.set(item.id, [...(keys.get(item.id) ?? []), key]);
  const gold = { cause: new Set<string>(), measure: new Set<string>() };
  const goldCount = { cause: new Map<string, number>(), measure: new Map<string, number>() };
  for (const problem of report.gold.problems) {
    for (const kind of ["cause", "measure"] as const) {
      const targets = problem[kind === "cause" ? "causes" : "measures"];
      for (const t of targets) gold[kind].add(`${problem.key}→${t}`);
      const item = mapped.item.get(problem.key);
      if (item) goldCount[kind].set(item.id, (goldCount[kind].get(item.id) ?? 0) + targets.length);
    }
  }
  return {
    writer: report.gold.meta.writer,
    variant,
    outline,
    vectors: buildVectors(outline),
    references: referencesByTarget(outline),
    keys,
    gold,
    goldCount,
  };
}

/** True / false for a pair of gold items; null when either item is not a gold item. */
function label(r: Prepared, kind: Kind, problem: string, target: string): boolean | null {
  const ps = r.keys.get(problem);
  const ts = r.keys.get(target);
  if (!ps || !ts) return null;
  return ps.some((p) => ts.some((t) => r.gold[kind].has(`${p}→${t}`)));
}

const decided = (pair: Pair) => pair.reference !== null || pair.target.broad !== null;

interface ProblemCase {
  candidates: {
    standing: Standing;
    weak: boolean;
    theme: number;
    evidence: number;
    signals: Record<PairSignal, number>;
    forced: boolean;
    label: boolean;
    score: number;
  }[];
  gaps: Gaps;
  variant: boolean;
  goldLinks: number;
  /** The missing layer's probability, once that layer is fitted on the held-out problems. */
  missing: number;
}

export interface Search extends Bars {
  precision: number;
  recall: number;
  accuracy: number;
  warnings: { tp: number; fp: number; fn: number };
}

export interface KindFit {
  model: KindModel;
  /** The bars' scores on the held-out gold problems, as the search saw them. */
  search: Search;
  rows: number;
}

type Via = (Map<string, Map<number, number>> | undefined)[];

function stageOne(prepared: Prepared[], kind: Kind, via: Via): LogisticLayer {
  const rows: number[][] = [];
  const labels: boolean[] = [];
  prepared.forEach((r, i) => {
    const visit = (problem: Item, pairs: Pair[]) => {
      for (const pair of pairs) {
        const y = label(r, kind, problem.id, pair.target.item.id);
        if (y === null || decided(pair)) continue;
        rows.push(pairVector(pair.signals));
        labels.push(y);
      }
    };
    forEachPairs(r.outline, r.vectors, r.references, kind, visit, via[i]);
  });
  return fitLogistic(rows, labels);
}

interface Layers {
  pair: LogisticLayer;
  rank: LogisticLayer;
}

/** Each gold problem's candidates under the pair layer and their rank scores once known. */
function collect(
  prepared: Prepared[],
  kind: Kind,
  via: Via,
  layers: Partial<Layers> & { pair: LogisticLayer },
) {
  const cases: ProblemCase[] = [];
  for (const [i, r] of prepared.entries()) {
    for (const [problem, ranked] of rankPairs(
      r.outline,
      r.vectors,
      r.references,
      kind,
      layers.pair,
      via[i],
    )) {
      if (!r.keys.has(problem)) continue;
      const candidates = ranked.pairs.map(({ pair: p, standing }) => ({
        standing,
        signals: p.signals,
        forced: decided(p),
        weak: weakEvidence(p.signals, p.words),
        theme: p.signals.theme,
        evidence: sigmoid(standing.logit),
        label: label(r, kind, problem, p.target.item.id) ?? false,
        score: layers.rank ? sigmoid(linear(layers.rank, rankVector(standing))) : 0,
      }));
      const c: ProblemCase = {
        variant: r.variant,
        candidates,
        gaps: ranked.gaps,
        goldLinks: r.goldCount[kind].get(problem) ?? 0,
        missing: 0,
      };
      cases.push(c);
    }
  }
  return cases;
}

/** The pair and rank layers of one kind, fitted on the given reports. */
function fitLayers(prepared: Prepared[], kind: Kind, via: Via): { layers: Layers; rows: number } {
  const pair = stageOne(prepared, kind, via);
  const cases = collect(prepared, kind, via, { pair });
  const free = cases.flatMap((c) => c.candidates.filter((x) => !x.forced));
  const rank = fitLogistic(
    free.map((c) => rankVector(c.standing)),
    free.map((c) => c.label),
  );
  for (const c of cases)
    for (const candidate of c.candidates)
      candidate.score = sigmoid(linear(rank, rankVector(candidate.standing)));
  return { layers: { pair, rank }, rows: free.length };
}

const steps = (from: number, to: number, step: number) =>
  Array.from(
    { length: Math.round((to - from) / step) + 1 },
    (_, i) => Math.round((from + i * step) * 100) / 100,
  );
const GRIDS: Record<keyof Bars, number[]> = {
  link: steps(0.1, 0.9, 0.02),
  evidence: steps(0, 0.3, 0.03),
  warn: steps(0.02, 0.9, 0.02),
  strong: steps(0.5, 1, 0.1),
  // Up to 0.4 only: a theme shared that strongly is meaningful evidence, and the rule is to warn only when
  // nothing has any (a shared theme never links, but it keeps the problem uncertain).
  theme: steps(0.1, 0.4, 0.05),
};

/** Links and verdicts of the gold problems under a set of bars, decided as the matcher decides. */
function evaluate(cases: ProblemCase[], bars: Bars): Search {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const warnings = { tp: 0, fp: 0, fn: 0 };
  let right = 0;
  for (const c of cases) {
    const { linked, verdict } = decide(c.candidates, c.missing, bars, c.gaps);
    c.candidates.forEach((candidate, i) => {
      if (linked[i]) {
        if (candidate.label) tp++;
        else fp++;
      }
    });
    fn += c.goldLinks - c.candidates.filter((x, i) => x.label && linked[i]).length;
    const warned = verdict === "missing";
    const missing = c.goldLinks === 0;
    if (warned === missing) right++;
    if (warned && missing) warnings.tp++;
    else if (warned) warnings.fp++;
    else if (missing) warnings.fn++;
  }
  return {
    ...bars,
    precision: tp / Math.max(1, tp + fp),
    recall: tp / Math.max(1, tp + fn),
    accuracy: right / Math.max(1, cases.length),
    warnings,
  };
}

const f1 = (s: Search) => (2 * s.precision * s.recall) / Math.max(1e-9, s.precision + s.recall);
const warnF1 = (s: Search) =>
  (2 * s.warnings.tp) / Math.max(1, 2 * s.warnings.tp + s.warnings.fp + s.warnings.fn);

/**
 * The bars that maximize link F1 plus verdict accuracy (ties going to those that find more of the missing):
 * the link and warn bars over their whole grid, then each bar in turn until none moves.
 */
function searchBars(cases: ProblemCase[]): Search {
  const value = (s: Search) => f1(s) + s.accuracy + 0.1 * warnF1(s);
  let best = evaluate(cases, { link: 0.5, evidence: 0, warn: 0.5, strong: 1, theme: 0.4 });
  const consider = (bars: Bars) => {
    const s = evaluate(cases, bars);
    if (value(s) <= value(best) + 1e-12) return false;
    best = s;
    return true;
  };
  for (const link of GRIDS.link) for (const warn of GRIDS.warn) consider({ ...best, link, warn });
  for (let moved = true; moved;) {
    moved = false;
    for (const name of Object.keys(GRIDS) as (keyof Bars)[])
      for (const v of GRIDS[name]) moved = consider({ ...best, [name]: v }) || moved;
  }
  return best;
}

export interface FitResult {
  cause: KindFit;
  measure: KindFit;
}

/** What a cause model says, as the measures' `viaCause` hint. */
function causeHints(r: Prepared, model: Layers): Map<string, Map<number, number>> | undefined {
  const ranked = new Map<string, { cause: { target: Item; score: number }[] }>();
  for (const [problem, entry] of rankPairs(r.outline, r.vectors, r.references, "cause", model.pair)) {
    const cause = entry.pairs.map(({ pair, standing }) => ({
      target: pair.target.item,
      score: sigmoid(linear(model.rank, rankVector(standing))),
    }));
    ranked.set(problem, { cause });
  }
  return mirroredCauses(r.outline, ranked);
}

/** Both kinds' layers fitted on `train`, and the gold problems of `held` as those layers see them. */
function fitAndApply(train: Prepared[], held: Prepared[]) {
  const cause = fitLayers(train, "cause", []);
  const measure = fitLayers(
    train,
    "measure",
    train.map((r) => causeHints(r, cause.layers)),
  );
  const heldVia = held.map((r) => causeHints(r, cause.layers));
  return {
    cause,
    measure,
    cases: {
      cause: collect(held, "cause", [], cause.layers),
      measure: collect(held, "measure", heldVia, measure.layers),
    },
  };
}

/**
 * Fits on the reports and, beside them, on each with one cause and one measure deleted. The pair and rank
 * layers are fitted on all of them; the missing layer and the bars on held-out problems: for each writer, the
 * layers fitted without that writer judge that writer's reports (as written), so that they suit a hand the
 * layers have not seen. With a single writer they are fitted on the same reports.
 */
export function fitModel(reports: CorpusReport[]): FitResult {
  const prepared = [
    ...reports.map((r) => prepare(r, false)),
    ...deletionVariants(reports).map((r) => prepare(r, true)),
  ];
  const writers = [...new Set(prepared.map((r) => r.writer))].sort();
  const full = fitAndApply(
    prepared,
    prepared.filter((r) => !r.variant),
  );
  const held: Record<Kind, ProblemCase[]> = { cause: [], measure: [] };
  if (writers.length < 2) Object.assign(held, full.cases);
  for (const writer of writers.length < 2 ? [] : writers) {
    const fold = fitAndApply(
      prepared.filter((r) => r.writer !== writer),
      prepared.filter((r) => r.writer === writer && !r.variant),
    );
    held.cause.push(...fold.cases.cause);
    held.measure.push(...fold.cases.measure);
  }
  const kindFit = (kind: Kind): KindFit => {
    // The missing layer is fitted on the held-out problems: in the reports the layers were fitted on, the best
    // candidate looks better than in a report they have not seen, and the check only ever sees the latter. It
    // learns from the problems no reference or broad target decides.
    const open = held[kind].filter((c) => !c.candidates.some((x) => x.forced));
    const missing = fitLogistic(
      open.map((c) => missingVector(c.candidates, c.gaps)),
      open.map((c) => c.goldLinks === 0),
    );
    for (const c of held[kind]) c.missing = sigmoid(linear(missing, missingVector(c.candidates, c.gaps)));
    const search = searchBars(held[kind]);
    const { link, evidence, warn, strong, theme } = search;
    return {
      model: { ...full[kind].layers, missing, link, evidence, warn, strong, theme },
      search,
      rows: full[kind].rows,
    };
  };
  return { cause: kindFit("cause"), measure: kindFit("measure") };
}
