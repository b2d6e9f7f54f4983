import type { Rule, RuleFinding } from "../../types";
import { isConcrete } from "../detectors/concreteness";
import { itemLabel } from "../item-label";
import { titleSpan } from "../detectors/item-text";
import { hasSlots } from "../detectors/placeholders";

/** A measure with no frequency, deadline, number, named task or responsible party: a slogan, not a plan. */
export const vagueMeasureRule: Rule = {
  id: "vague-measure",
  category: "wording",
  severity: "info",
  name: "措施不具体",
  check({ outline }) {
    const findings: RuleFinding[] = [];
    for (const measure of outline.measures) {
      if (hasSlots(measure.text) || isConcrete(measure.text, "measure")) continue;
      findings.push({
        ...titleSpan(outline, measure),
        items: [measure.id],
        message:
          `${itemLabel(measure)}（第${measure.paragraph + 1}段）只有方向，没有频次、时限、数量或具体任务，难以检验是否落实。` +
          `请补充可检查的安排，例如“每月至少精读1篇原文并写出心得，年底前完成《……》专题学习”。`,
      });
    }
    return findings;
  },
};
