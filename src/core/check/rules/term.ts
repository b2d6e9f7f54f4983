import type { Rule, RuleFinding } from "../../types";
import { findTermErrors } from "../detectors/term-errors";

/** Wrong forms of the genre's fixed political terms (DOMAIN.md, "Political wording is exact"). */
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
          message: `第${index + 1}段“${hit.wrong}”是不规范的提法，应为“${hit.right}”（${hit.why}）。请改为“${hit.right}”。`,
          fix: { replacement: hit.right },
        });
      }
    });
    return findings;
  },
};
