import { readOutline } from "../outline/read-outline";
import { matchLinks } from "./match";
import { allRules } from "./rules";
import { refuseOversizedText, refuseTooManyItems } from "./budget";
import type { CheckOptions, CheckResult, Finding, Paragraph, Rule, Severity } from "../types";

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Reads the outline, links problems to causes and measures, and runs every enabled rule. Throws
 * InputError (a Chinese reason) for text beyond the check's budget (budget.ts).
 */
export function check(
  paragraphs: Paragraph[],
  options: CheckOptions = {},
  rules: Rule[] = allRules,
): CheckResult {
  refuseOversizedText(paragraphs);
  const outline = readOutline(paragraphs);
  refuseTooManyItems(outline);
  const links = matchLinks(outline, options.decisions ?? []);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = options.rules?.[rule.id];
    if (setting?.enabled === false) continue;
    for (const found of rule.check({ outline, links, options })) {
      findings.push({
        ...found,
        rule: rule.id,
        severity: setting?.severity ?? found.severity ?? rule.severity,
      });
    }
  }
  findings.sort(
    (a, b) =>
      a.paragraph - b.paragraph ||
      (a.offset ?? 0) - (b.offset ?? 0) ||
      severityOrder[a.severity] - severityOrder[b.severity],
  );
  return { outline, links, findings };
}
