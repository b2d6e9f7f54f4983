/** Chinese explanations of the correspondence findings: what is missing or uncertain, the closest candidate, and why. */
import type { Item, Outline, RuleContext, RuleFinding } from "../../types";
import {
  candidatesFor,
  evidenceOf,
  leftOutFor,
  verdictsFor,
  type Candidate,
  type LeftOut,
  type TargetKind,
} from "./";
import { itemLabel, quote } from "../item-label";
import { hasSlots } from "../detectors/placeholders";
import { unnamedLapses } from "./lapses";

const NOUN: Record<TargetKind, { missing: string; part: string; add: string; one: string }> = {
  cause: { missing: "原因剖析", part: "原因剖析部分", add: "补充针对这一问题的原因分析", one: "原因" },
  measure: { missing: "整改措施", part: "整改措施部分", add: "补充针对性的整改措施", one: "措施" },
};

/** "第三部分" when the part is numbered, else the part's name. */
function partName(outline: Outline, kind: TargetKind): string {
  const part = outline.parts.find((p) => p.role === (kind === "cause" ? "causes" : "measures"));
  const number = part?.heading.match(/^\s*([一二三四五六七八九十]+)、/)?.[1];
  return number ? `第${number}部分` : NOUN[kind].part;
}

function whyNotEnough(candidate: Candidate, removed: boolean): string {
  if (removed) return "但你已在检查结果中取消了这一对应";
  const words = candidate.words;
  if (words.length === 1) return `但只共有“${words[0]}”一词`;
  if (words.length > 1 && candidate.themes.length === 0) {
    return `但只共有${words
      .slice(0, 2)
      .map((w) => `“${w}”`)
      .join("")}${words.length > 2 ? `等${words.length}个词语` : "两个词语"}，且主题不同`;
  }
  if (words.length > 1) return `虽同属“${candidate.themes[0]}”主题、共有“${words[0]}”等词语，但联系不够紧密`;
  return `但只是主题相近（${candidate.themes.join("、")}），没有共同的词语`;
}

/** A draft's item still holding 【…】 slots: the placeholder rule asks for those first. */
const drafted = (item: Item) => hasSlots(item.text);

/**
 * The problems to judge for one kind: none when the part is absent (missing-part reports that once) or all
 * its items are still slots; else the problems that are no longer slots.
 */
function problemsToJudge(outline: Outline, kind: TargetKind): Item[] {
  const role = kind === "cause" ? "causes" : "measures";
  if (!outline.parts.some((p) => p.role === role) || outline[role].every(drafted)) return [];
  return outline.problems.filter((problem) => !drafted(problem));
}

/** Why nothing answers the problem: the writer's own wording, an unnamed concrete matter, or the closest candidate. */
function whyMissing(
  kind: TargetKind,
  best: Candidate | undefined,
  left: LeftOut | null,
  matter: string | null,
): string {
  const { one } = NOUN[kind];
  if (left?.by) {
    const words = left.words.length > 16 ? `${left.words.slice(0, 16)}……` : left.words;
    return `${itemLabel(left.by)}${quote(left.by.title, 16)}写明把它除外（“${words}”），其余各条${one}也没有明确对应它。`;
  }
  if (left) return `各条${one}都写明了针对哪些问题，没有一条针对它。`;
  if (matter) return `它讲的是“${matter}”这样的具体事项，现有各条${one}都没有谈到。`;
  if (best && (best.words.length > 0 || best.themes.length > 0 || best.linked)) {
    return `最接近的是${itemLabel(best.target)}${quote(best.target.title, 16)}，${whyNotEnough(best, best.linked)}。`;
  }
  return `现有各条${one}与它既没有共同的词语，也不属于同一主题。`;
}

/** Findings for problems that nothing in the report answers. Silent when that part is absent. */
export function missingLinkFindings(ctx: RuleContext, kind: TargetKind): RuleFinding[] {
  const { outline, links } = ctx;
  const verdicts = verdictsFor(outline, kind, links);
  const unnamedLapse = unnamedLapses(outline[kind === "cause" ? "causes" : "measures"]);
  return problemsToJudge(outline, kind)
    .filter((problem) => verdicts.get(problem.id) === "missing")
    .map((problem) => {
      const best = candidatesFor(outline, problem, kind)[0];
      const why = whyMissing(kind, best, leftOutFor(outline, problem, kind), unnamedLapse(problem));
      const fix = `可在${partName(outline, kind)}${NOUN[kind].add}，或在检查结果中确认已有的对应。`;
      return {
        paragraph: problem.paragraph,
        message: `${itemLabel(problem)}${quote(problem.title)}没有对应的${NOUN[kind].missing}。${why}${fix}`,
        items: [problem.id],
      };
    });
}

/**
 * Findings for problems whose closest cause (or measure) has some evidence but not enough to link: the
 * finding names it and why, so that the writer confirms the link or adds what is missing.
 */
export function uncertainLinkFindings(ctx: RuleContext): RuleFinding[] {
  const { outline, links } = ctx;
  const findings: RuleFinding[] = [];
  for (const kind of ["cause", "measure"] as const) {
    const verdicts = verdictsFor(outline, kind, links);
    for (const problem of problemsToJudge(outline, kind)) {
      const best =
        verdicts.get(problem.id) === "uncertain" ? candidatesFor(outline, problem, kind)[0] : undefined;
      if (!best) continue;
      const evidence = evidenceOf(best);
      findings.push({
        paragraph: problem.paragraph,
        items: [problem.id, best.target.id],
        message:
          `${itemLabel(problem)}${quote(problem.title)}可能由${itemLabel(best.target)}${quote(best.target.title, 16)}` +
          `${kind === "cause" ? "解释" : "解决"}（${evidence.length > 0 ? evidence.join("；") : "证据较弱"}），` +
          `但证据不足以确定。如确属对应，可确认这一对应；否则可在${partName(outline, kind)}${NOUN[kind].add}。`,
      });
    }
  }
  return findings;
}

/** Findings for causes and measures that answer no problem at all. */
export function unlinkedItemFindings(ctx: RuleContext): RuleFinding[] {
  const { outline, links } = ctx;
  if (outline.problems.length === 0) return [];
  const answered = new Set(links.map((l) => l.target));
  return [...outline.causes, ...outline.measures]
    .filter((item) => !answered.has(item.id) && !drafted(item))
    .map((item) => ({
      paragraph: item.paragraph,
      items: [item.id],
      message:
        `${itemLabel(item)}${quote(item.title)}没有对应任何一个问题。` +
        (item.kind === "cause"
          ? "原因应当解释前面查摆的问题：如果它针对的是某个问题，可在文中点明，或在检查结果中确认对应；否则可考虑删去或并入其他原因。"
          : "如果它针对的是某个问题，可在措施中写明“针对问题N”，或在检查结果中确认对应；否则可考虑删去或并入其他措施。"),
    }));
}
