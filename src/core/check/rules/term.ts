import type { Rule, RuleFinding } from "../../types";
import { findTermErrors, type TermHit } from "../detectors/term-errors";

function message(index: number, hit: TermHit): string {
  const where = `第${index + 1}段“${hit.wrong}”`;
  if (hit.suspect === "count")
    return (
      `${where}可能是“${hit.right}”之误（${hit.why}）。如指这一固定提法，请改为“${hit.right}”；` +
      `如是自己归纳的几项，请在后面写明是哪几项（如“：……、……”）。`
    );
  return `${where}是不规范的提法，应为“${hit.right}”（${hit.why}）。请改为“${hit.right}”。`;
}

/**
 * Wrong forms of the genre's fixed political terms (DOMAIN.md, "Political wording is exact"). A count that may
 * be the writer's own set (三个意识) and a form no stored source rules out are warnings; only the count goes
 * without an automatic fix.
 */
export const termRule: Rule = {
  id: "term",
  category: "wording",
  severity: "error",
  name: "政治术语规范",
  check({ outline }) {
    const findings: RuleFinding[] = [];
    outline.paragraphs.forEach((paragraph, index) => {
      for (const hit of findTermErrors(paragraph.text)) {
        findings.push({
          paragraph: index,
          offset: hit.offset,
          length: hit.length,
          message: message(index, hit),
          ...(hit.suspect ? { severity: "warning" as const } : {}),
          ...(hit.suspect === "count" ? {} : { fix: { replacement: hit.right } }),
        });
      }
    });
    return findings;
  },
};
