/**
 * The naive peer the matcher must beat: a problem is linked to every cause or measure whose Han character
 * pairs overlap its own by at least one threshold (Dice coefficient over the two sets of pairs, no word lists,
 * no themes), and warned as missing when none does. One threshold per kind, chosen on the fit split only.
 */
import { readOutline } from "../../src/core/outline/read-outline";
import type { CheckResult, Finding, Item, Link } from "../../src/core/types";
import type { CorpusReport } from "./corpus";
import { addScore, emptyScore, KINDS, MISSING_RULE, precision, recall, scoreCheck } from "./score";
import type { Kind, LinkCounts, Score } from "./score";

export type Thresholds = Record<Kind, number>;

interface Pair {
  problem: Item;
  target: Item;
  kind: "cause" | "measure";
  overlap: number;
}

interface Prepared {
  report: CorpusReport;
  outline: ReturnType<typeof readOutline>;
  pairs: Pair[];
}

function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const run of text.match(/\p{Script=Han}{2,}/gu) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) grams.add(run.slice(i, i + 2));
  }
  return grams;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function prepare(report: CorpusReport): Prepared {
  const outline = readOutline(report.paragraphs);
  const grams = new Map<string, Set<string>>();
  const of = (item: Item) => grams.get(item.id) ?? grams.set(item.id, bigrams(item.text)).get(item.id)!;
  const pairs: Pair[] = [];
  for (const problem of outline.problems) {
    for (const kind of KINDS) {
      for (const target of kind === "cause" ? outline.causes : outline.measures) {
        pairs.push({ problem, target, kind, overlap: dice(of(problem), of(target)) });
      }
    }
  }
  return { report, outline, pairs };
}

/** The baseline's links and missing warnings at one threshold, shaped as a check result for the scoring. */
function resultAt(prepared: Prepared, threshold: Thresholds): CheckResult {
  const links: Link[] = prepared.pairs
    .filter((p) => p.overlap >= threshold[p.kind])
    .map((p) => ({
      problem: p.problem.id,
      target: p.target.id,
      kind: p.kind,
      score: p.overlap,
      evidence: [],
      source: "matched",
    }));
  const findings: Finding[] = prepared.outline.problems.flatMap((problem) =>
    KINDS.filter((kind) => !links.some((l) => l.problem === problem.id && l.kind === kind)).map((kind) => ({
      rule: MISSING_RULE[kind],
      severity: "warning" as const,
      paragraph: problem.paragraph,
      message: "",
      items: [problem.id],
    })),
  );
  return { outline: prepared.outline, links, findings };
}

function scoreAt(prepared: Prepared[], threshold: Thresholds): Score {
  const total = emptyScore();
  for (const p of prepared) addScore(total, scoreCheck(p.report, resultAt(p, threshold)));
  return total;
}

const f1 = (links: LinkCounts) => {
  const p = precision(links);
  const r = recall(links);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

/** Per kind, the threshold (0.01 to 0.60) with the best link F1 on the given (fit) reports. */
export function tuneBaseline(fitReports: CorpusReport[]): Thresholds {
  const prepared = fitReports.map(prepare);
  const best = { cause: { at: 0.01, f1: -1 }, measure: { at: 0.01, f1: -1 } };
  for (let step = 1; step <= 60; step++) {
    const at = step / 100;
    const score = scoreAt(prepared, { cause: at, measure: at });
    for (const kind of KINDS) {
      const value = f1(score.links[kind]);
      if (value > best[kind].f1) best[kind] = { at, f1: value };
    }
  }
  return { cause: best.cause.at, measure: best.measure.at };
}

export function scoreBaseline(reports: CorpusReport[], threshold: Thresholds): Score {
  return scoreAt(reports.map(prepare), threshold);
}
