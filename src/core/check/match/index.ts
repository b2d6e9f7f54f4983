/**
 * The problem → cause/measure matcher. Links are many-to-many; a link is made by an explicit reference
 * (针对问题3), by a broad target (上述问题), by the fitted model's probability, or by the writer's
 * confirmation. Each problem and kind also gets a verdict: linked, uncertain or missing.
 */
import type { Item, Link, LinkDecision, Outline } from "../../types";
import { fingerprint, sameFingerprint } from "./fingerprint";
import { scoreOutline, type Candidate, type ScoredOutline, type TargetKind, type Verdict } from "./scoring";
import type { LeftOut } from "./exclusions";

export { fingerprint, sameFingerprint } from "./fingerprint";
export type { Candidate, TargetKind, Verdict } from "./scoring";
export type { LeftOut } from "./exclusions";

// One scoring per outline: matchLinks and the correspondence rules share it.
const scored = new WeakMap<Outline, ScoredOutline>();

function scoresOf(outline: Outline): ScoredOutline {
  let result = scored.get(outline);
  if (!result) {
    result = scoreOutline(outline);
    scored.set(outline, result);
  }
  return result;
}

/** A problem's candidates of one kind, best first (references and matches alike). */
export function candidatesFor(outline: Outline, problem: Item, kind: TargetKind): Candidate[] {
  return scoresOf(outline).ranked.get(problem.id)?.[kind] ?? [];
}

/** Why the wording of one kind's targets leaves the problem out (除第8条外…; every measure names others), if it does. */
export function leftOutFor(outline: Outline, problem: Item, kind: TargetKind): LeftOut | null {
  return scoresOf(outline).leftOut.get(problem.id)?.[kind] ?? null;
}

/**
 * The verdict per problem id for one kind once the writer's decisions are in (`links` holds them): linked
 * when a link remains; uncertain when the matcher found some evidence short of a link; otherwise missing
 * (a matched link the writer removed leaves the problem missing).
 */
export function verdictsFor(outline: Outline, kind: TargetKind, links: Link[]): Map<string, Verdict> {
  const linked = new Set(links.filter((l) => l.kind === kind).map((l) => l.problem));
  const { verdicts } = scoresOf(outline);
  return new Map(
    outline.problems.map((p) => [
      p.id,
      linked.has(p.id) ? "linked" : verdicts.get(p.id)?.[kind] === "uncertain" ? "uncertain" : "missing",
    ]),
  );
}

/** Chinese evidence for a candidate, strongest signal first. */
export function evidenceOf(candidate: Candidate): string[] {
  const evidence: string[] = [];
  if (candidate.reference) evidence.push(`明确引用：${candidate.reference}`);
  if (candidate.broad)
    evidence.push(`概括性${candidate.kind === "cause" ? "原因" : "措施"}：${candidate.broad}`);
  if (candidate.words.length > 0) evidence.push(`共同词语：${candidate.words.slice(0, 5).join("、")}`);
  if (candidate.themes.length > 0) evidence.push(`共同主题：${candidate.themes.join("、")}`);
  if (candidate.root) evidence.push(`原因所说的根源见于问题的表现（${candidate.root}）`);
  if (candidate.order) evidence.push(`顺序对应（${candidate.order}）`);
  return evidence;
}

/** The decision a writer makes about one link, keyed by fingerprints so it survives renumbering. */
export function decisionFor(problem: Item, target: Item, action: LinkDecision["action"]): LinkDecision {
  return {
    problem: fingerprint(problem.title),
    target: fingerprint(target.title),
    kind: target.kind === "cause" ? "cause" : "measure",
    action,
  };
}

/** Finds the item a decision's fingerprint denotes: exact match first, then the closest small edit. */
function resolve(items: Item[], prints: string[], print: string): Item | undefined {
  const exact = prints.indexOf(print);
  if (exact >= 0) return items[exact];
  const fuzzy = prints.findIndex((candidate) => sameFingerprint(candidate, print));
  return fuzzy >= 0 ? items[fuzzy] : undefined;
}

/** Links every problem to the causes and measures that answer it, then applies the writer's decisions. */
export function matchLinks(outline: Outline, decisions: LinkDecision[]): Link[] {
  const { ranked } = scoresOf(outline);
  const links = new Map<string, Link>();
  const key = (problem: string, target: string) => `${problem}→${target}`;
  for (const problem of outline.problems) {
    const entry = ranked.get(problem.id);
    if (!entry) continue;
    for (const candidate of [...entry.cause, ...entry.measure]) {
      if (!candidate.linked) continue;
      links.set(key(problem.id, candidate.target.id), {
        problem: problem.id,
        target: candidate.target.id,
        kind: candidate.kind,
        score: Math.round(candidate.score * 1000) / 1000,
        evidence: evidenceOf(candidate),
        source: candidate.reference ? "reference" : "matched",
      });
    }
  }

  if (decisions.length > 0) {
    const problemPrints = outline.problems.map((item) => fingerprint(item.title));
    const targets = { cause: outline.causes, measure: outline.measures };
    const targetPrints = {
      cause: outline.causes.map((item) => fingerprint(item.title)),
      measure: outline.measures.map((item) => fingerprint(item.title)),
    };
    for (const decision of decisions) {
      const problem = resolve(outline.problems, problemPrints, decision.problem);
      const target = resolve(targets[decision.kind], targetPrints[decision.kind], decision.target);
      if (!problem || !target) continue;
      const id = key(problem.id, target.id);
      if (decision.action === "remove") {
        links.delete(id);
        continue;
      }
      const existing = links.get(id);
      links.set(id, {
        problem: problem.id,
        target: target.id,
        kind: decision.kind,
        score: existing?.score ?? 1,
        evidence: ["写作者已确认", ...(existing?.evidence ?? [])],
        source: "confirmed",
      });
    }
  }
  return [...links.values()];
}
