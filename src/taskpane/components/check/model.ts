/** Pane-side helpers of the 检查 tab: grouping, ignore keys, decisions, the numbered slot for a new item. */
import { fingerprint } from "../../../core/check/match";
import { findRule } from "../../../core/check/rules";
import type { Category, Finding, Item, Severity } from "../../../core/types";

export const CATEGORIES: Category[] = ["structure", "correspondence", "wording", "format"];
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function categoryOf(finding: Finding): Category {
  return findRule(finding.rule)?.category ?? "format";
}

/** Findings per category (fixed order), most severe first, then in document order. */
/** Findings by category, most severe first: within a group, and the groups by their worst finding. */
export function groupFindings(findings: Finding[]): { category: Category; findings: Finding[] }[] {
  const worst = (list: Finding[]) => Math.min(3, ...list.map((f) => SEVERITY_RANK[f.severity]));
  return CATEGORIES.map((category) => ({
    category,
    findings: findings
      .filter((f) => categoryOf(f) === category)
      .sort(
        (a, b) =>
          SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
          a.paragraph - b.paragraph ||
          (a.offset ?? 0) - (b.offset ?? 0),
      ),
  })).sort((a, b) => worst(a.findings) - worst(b.findings));
}

export function countByCategory(findings: Finding[]): Record<Category, number> {
  const counts: Record<Category, number> = { structure: 0, correspondence: 0, wording: 0, format: 0 };
  for (const f of findings) counts[categoryOf(f)] += 1;
  return counts;
}

/**
 * What 忽略 remembers in the document: the rule, a fingerprint of the paragraph and the words concerned,
 * so the decision survives edits elsewhere (and renumbering) but not a rewrite of that paragraph.
 */
export function ignoreKey(finding: Finding, paragraphText: string): string {
  const span =
    finding.offset !== undefined && finding.length !== undefined
      ? paragraphText.slice(finding.offset, finding.offset + finding.length)
      : "";
  return `${finding.rule}|${fingerprint(paragraphText)}|${span}`;
}

/** How a problem is referred to in a new slot ("5"; its position when it has no number). */
export function problemNumber(problem: Item): string {
  return problem.number || problem.id.slice(1);
}
