/**
 * generic-problem: a problem with no example, number or concrete matter.
 *
 * A problem with no example (比如, 例如, 春节期间 …), no number (digits, 三次, 两项), nothing named in 《》 or
 * “”, and no concrete matter (会议, 项目, 调研, 窗口 …): it would fit anyone. Not concrete on their own: a
 * quoted slogan (“四个意识”, “三会一课”, “两个维护” …), 多次/几次/数次, 系统/系统性, 今年/近期/最近/去年.
 * Waits while the problem still has 【…】 slots.
 *
 * Why: problems must 见人见事见思想; a phrase that fits anyone's report shows no self-examination.
 *
 * WRONG: 4.服务意识不强，工作标准不高。
 * WRONG: 1.学习不够系统，近期多次缺席集中学习，对“两个确立”理解不深。
 * RIGHT: 4.服务意识不强。比如今年6月有两位老人来窗口办医保转移，我没有一次性告知所需材料，让他们跑了两趟。
 */
import type { Rule, RuleContext, RuleFinding } from "../../types";
import { vagueItems } from "../detectors/concreteness";
import { itemFinding } from "../detectors/item-text";
import { itemLabel } from "../item-label";

export const genericProblemRule: Rule = {
  id: "generic-problem",
  name: "问题泛泛而谈",
  category: "wording",
  severity: "info",
  check,
};

function check({ outline }: RuleContext): RuleFinding[] {
  return vagueItems(outline.problems, "problem").map((problem) =>
    itemFinding(
      outline,
      problem,
      `${itemLabel(problem)}（第${problem.paragraph + 1}段）只有概括性的表述，没有具体事例、数字或具体工作，放在谁的材料里都成立。` +
        `请用“比如……”补充一件自己经历的具体事情（时间、事项、造成的影响）。`,
    ),
  );
}
