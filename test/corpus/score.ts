/**
 * Scores one check of a corpus report against its gold: links (precision, recall), the missing-or-not verdict
 * per problem and kind (accuracy, and the precision and recall of the missing warnings themselves), and the
 * outline (gold items found, spurious items). Shared by the bench, `npm run fit` and the tests.
 */
import { check } from "../../src/core/check";
import type { CheckResult, Item } from "../../src/core/types";
import { corpusReports, type CorpusReport, type SplitName } from "./corpus";
import { mapGoldItems } from "./gold-items";

export type Kind = "cause" | "measure";
export const KINDS: Kind[] = ["cause", "measure"];
const LIST: Record<Kind, "causes" | "measures"> = { cause: "causes", measure: "measures" };
export const MISSING_RULE: Record<Kind, string> = {
  cause: "problem-without-cause",
  measure: "problem-without-measure",
};

export interface LinkCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Verdicts per problem and kind: "warned" is the missing warning; gold says missing when its list is empty. */
export interface VerdictCounts {
  /** Warned, and gold says missing. */
  tp: number;
  /** Warned, but gold has a link. */
  fp: number;
  /** Not warned, but gold says missing. */
  fn: number;
  /** Not warned, and gold has a link. */
  tn: number;
  /** Of the not warned: how many the check called uncertain rather than linked. */
  uncertain: number;
}

export interface Score {
  links: Record<Kind, LinkCounts>;
  verdicts: Record<Kind, VerdictCounts>;
  outline: { found: number; total: number; spurious: number };
  /** Readable differences: what a reader of the report would call wrong. */
  errors: string[];
}

export const emptyScore = (): Score => ({
  links: { cause: { tp: 0, fp: 0, fn: 0 }, measure: { tp: 0, fp: 0, fn: 0 } },
  verdicts: {
    cause: { tp: 0, fp: 0, fn: 0, tn: 0, uncertain: 0 },
    measure: { tp: 0, fp: 0, fn: 0, tn: 0, uncertain: 0 },
  },
  outline: { found: 0, total: 0, spurious: 0 },
  errors: [],
});

function addCounts<T extends object>(into: T, from: T): void {
  for (const key of Object.keys(from) as (keyof T)[]) {
    (into[key] as number) += from[key] as number;
  }
}

export function addScore(into: Score, from: Score): Score {
  for (const kind of KINDS) {
    addCounts(into.links[kind], from.links[kind]);
    addCounts(into.verdicts[kind], from.verdicts[kind]);
  }
  addCounts(into.outline, from.outline);
  into.errors.push(...from.errors);
  return into;
}

export function scoreCheck(
  report: CorpusReport,
  result: CheckResult,
  uncertainRule = "uncertain-link",
): Score {
  const score = emptyScore();
  const { gold } = report;
  const mapped = mapGoldItems(result.outline, gold);
  score.outline = { found: mapped.found, total: mapped.total, spurious: mapped.spurious.length };
  for (const item of mapped.spurious) score.errors.push(`${report.id}: 多出条目 ${label(item)}`);

  // Outline item id → the gold keys it holds.
  const keysOf = new Map<string, string[]>();
  for (const [key, item] of mapped.item) {
    if (item) keysOf.set(item.id, [...(keysOf.get(item.id) ?? []), key]);
    else score.errors.push(`${report.id}: 没有读出条目「${key}」`);
  }
  const flagged = (rule: string, id: string) =>
    result.findings.some((f) => f.rule === rule && f.items?.[0] === id);

  for (const kind of KINDS) {
    const goldPairs = new Set(gold.problems.flatMap((p) => p[LIST[kind]].map((t) => `${p.key}→${t}`)));
    const found = new Set<string>();
    const counts = score.links[kind];
    for (const link of result.links.filter((l) => l.kind === kind)) {
      const problems = keysOf.get(link.problem) ?? [];
      const targets = keysOf.get(link.target) ?? [];
      if (problems.length === 0 || targets.length === 0) {
        counts.fp++;
        score.errors.push(`${report.id}: 多连 ${link.problem}→${link.target}（非金标条目）`);
      }
      for (const p of problems) for (const t of targets) found.add(`${p}→${t}`);
    }
    for (const pair of found) {
      if (goldPairs.has(pair)) counts.tp++;
      else {
        counts.fp++;
        score.errors.push(`${report.id}: 多连 ${kind} ${pair}`);
      }
    }
    for (const pair of goldPairs) {
      if (found.has(pair)) continue;
      counts.fn++;
      score.errors.push(`${report.id}: 漏连 ${kind} ${pair}`);
    }

    const verdicts = score.verdicts[kind];
    for (const problem of gold.problems) {
      const item = mapped.item.get(problem.key) ?? null;
      const warned = item !== null && flagged(MISSING_RULE[kind], item.id);
      const missing = problem[LIST[kind]].length === 0;
      if (warned && missing) verdicts.tp++;
      else if (warned) {
        verdicts.fp++;
        score.errors.push(`${report.id}: 误报缺少${kind === "cause" ? "原因" : "措施"}「${problem.key}」`);
      } else if (missing) {
        verdicts.fn++;
        score.errors.push(`${report.id}: 漏报缺少${kind === "cause" ? "原因" : "措施"}「${problem.key}」`);
      } else verdicts.tn++;
      if (!warned && item !== null && flagged(uncertainRule, item.id)) verdicts.uncertain++;
    }
  }
  return score;
}

function label(item: Item): string {
  return `${item.id}「${item.title.slice(0, 20)}」`;
}

export const precision = (c: { tp: number; fp: number }) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: { tp: number; fn: number }) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
export const accuracy = (c: VerdictCounts) => (c.tp + c.tn) / Math.max(1, c.tp + c.fp + c.fn + c.tn);

/** Both kinds together. */
export function allLinks(score: Score): LinkCounts {
  const sum = { tp: 0, fp: 0, fn: 0 };
  for (const kind of KINDS) addCounts(sum, score.links[kind]);
  return sum;
}

export function allVerdicts(score: Score): VerdictCounts {
  const sum = { tp: 0, fp: 0, fn: 0, tn: 0, uncertain: 0 };
  for (const kind of KINDS) addCounts(sum, score.verdicts[kind]);
  return sum;
}

/** The check (or another way to get links and warnings) scored on every report of a split, summed. */
export function scoreSplit(
  split: SplitName,
  run: (report: CorpusReport) => CheckResult = (report) => check(report.paragraphs),
): { total: Score; files: { id: string; score: Score }[] } {
  const total = emptyScore();
  const files = corpusReports([split]).map((report) => {
    const score = scoreCheck(report, run(report));
    addScore(total, score);
    return { id: report.id, score };
  });
  return { total, files };
}
