import type { Rule, RuleFinding } from "../../types";
import { isConcrete } from "../detectors/concreteness";
import { itemLabel } from "../item-label";
import { titleSpan } from "../detectors/item-text";
import { hasSlots } from "../detectors/placeholders";

/** A problem with no example, number, named task or concrete thing: it would fit anyone (见人见事见思想). */
export const genericProblemRule: Rule = {
  id: "generic-problem",
  category: "wording",
  severity: "info",
  name: "问题泛泛而谈",
  check({ outline }) {
    const findings: RuleFinding[] = [];
    for (const problem of outline.problems) {
      if (hasSlots(problem.text) || isConcrete(problem.text, "problem")) continue;
      findings.push({
        ...titleSpan(outline, problem),
        items: [problem.id],
        message:
          `${itemLabel(problem)}（第${problem.paragraph + 1}段）只有概括性的表述，没有具体事例、数字或具体工作，放在谁的材料里都成立。` +
          `请用“比如……”补充一件自己经历的具体事情（时间、事项、造成的影响）。`,
      });
    }
    return findings;
  },
};
