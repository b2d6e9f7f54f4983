/** Chinese explanations of the correspondence findings: what is missing, the closest candidate, and why. */
import type { Item, Outline, RuleContext, RuleFinding } from "../../types";
import { candidatesFor, type Candidate, type TargetKind } from "./";
import { itemLabel, quote } from "../item-label";

const NOUN: Record<TargetKind, { missing: string; part: string; add: string }> = {
  cause: { missing: "原因剖析", part: "原因剖析部分", add: "补充针对这一问题的原因分析" },
  measure: { missing: "整改措施", part: "整改措施部分", add: "补充针对性的整改措施" },
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

/** Findings for problems that no cause (or no measure) answers. Silent when that part is absent. */
export function missingLinkFindings(ctx: RuleContext, kind: TargetKind): RuleFinding[] {
  const { outline, links } = ctx;
  const role = kind === "cause" ? "causes" : "measures";
  const targets: Item[] = outline[role];
  // The structural rule missing-part reports an absent part once; a per-problem echo would be noise.
  if (!outline.parts.some((p) => p.role === role) || targets.length === 0) return [];
  const linked = new Set(links.filter((l) => l.kind === kind).map((l) => `${l.problem}→${l.target}`));
  const findings: RuleFinding[] = [];
  for (const problem of outline.problems) {
    if (targets.some((t) => linked.has(`${problem.id}→${t.id}`))) continue;
    const best = candidatesFor(outline, problem, kind)[0];
    const where = `${itemLabel(problem)}${quote(problem.title)}没有对应的${NOUN[kind].missing}。`;
    const related = best && (best.words.length > 0 || best.themes.length > 0 || best.linked);
    const closest = related
      ? `最接近的是${itemLabel(best.target)}${quote(best.target.title, 16)}，${whyNotEnough(best, best.linked)}。`
      : `现有各条${kind === "cause" ? "原因" : "措施"}与它既没有共同的词语，也不属于同一主题。`;
    const fix = `可在${partName(outline, kind)}${NOUN[kind].add}，或在检查结果中确认已有的对应。`;
    findings.push({ paragraph: problem.paragraph, message: where + closest + fix, items: [problem.id] });
  }
  return findings;
}

/** Findings for causes and measures that answer no problem at all. */
export function unlinkedItemFindings(ctx: RuleContext): RuleFinding[] {
  const { outline, links } = ctx;
  if (outline.problems.length === 0) return [];
  const answered = new Set(links.map((l) => l.target));
  return [...outline.causes, ...outline.measures]
    .filter((item) => !answered.has(item.id))
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
