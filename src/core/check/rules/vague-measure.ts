/**
 * vague-measure: a measure with no frequency, deadline, number or named task.
 *
 * A measure with no frequency (每月、每周…次), deadline (年底前, 3月底, 限期), quantity (digits, 至少), named
 * task (《…》, “…”活动/制度/清单) or responsible party (牵头, 由…负责). 建立台账 or 清单 alone is no plan, and a
 * quoted slogan names no task. Waits while the measure still has 【…】 slots.
 *
 * Why: a measure must be checkable in the 整改清单 after the meeting; a slogan has no deadline to check it
 * against.
 *
 * WRONG: （一）加强理论学习，不断提高政治站位。
 * WRONG: （一）加强理论学习，建立学习台账。
 * RIGHT: （一）每周三晚学习一小时，年底前读完《中国共产党简史》并在支部会上交流一次体会。
 */
import type { Rule, RuleContext, RuleFinding } from "../../types";
import { vagueItems } from "../detectors/concreteness";
import { itemFinding } from "../detectors/item-text";
import { itemLabel } from "../item-label";

export const vagueMeasureRule: Rule = {
  id: "vague-measure",
  name: "措施不具体",
  category: "wording",
  severity: "info",
  check,
};

function check({ outline }: RuleContext): RuleFinding[] {
  return vagueItems(outline.measures, "measure").map((measure) =>
    itemFinding(
      outline,
      measure,
      `${itemLabel(measure)}（第${measure.paragraph + 1}段）只有方向，没有频次、时限、数量或具体任务，难以检验是否落实。` +
        `请补充可检查的安排，例如“每月至少精读1篇原文并写出心得，年底前完成《……》专题学习”。`,
    ),
  );
}
