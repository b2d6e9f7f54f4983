/**
 * objective-causes: the causes name only objective reasons, nothing of the writer's own thinking.
 *
 * The causes part names objective reasons (工作任务重, 人手少, 时间紧, 精力有限, 客观条件 …) and not one
 * subjective root (思想, 党性, 宗旨意识, 纪律意识, 政绩观, 理想信念, 自我要求 …). One finding, on the causes
 * heading; silent while the part still has 【…】 slots.
 *
 * Why: the causes must be dug in the writer's own thinking; a report that blames the workload explains
 * nothing, and reviewers send it back.
 *
 * WRONG: 二、原因剖析 / （一）工作任务重，人手少。今年承担的专项工作多，时间紧，学习时间被挤占。
 * RIGHT: 二、原因剖析 / （一）任务重只是表面原因，根子在思想上把理论学习当成软任务，党性锻炼放松了。
 */
import type { Rule, RuleContext, RuleFinding } from "../../types";
import cues from "../detectors/cues.json";
import { hasSlots } from "../detectors/placeholders";

export const objectiveCausesRule: Rule = {
  id: "objective-causes",
  name: "只讲客观原因",
  category: "wording",
  severity: "warning",
  check,
};

const objective = new RegExp(cues.objectiveCause, "g");
const subjective = new RegExp(cues.subjectiveCause);

function check({ outline }: RuleContext): RuleFinding[] {
  const part = outline.parts.find((p) => p.role === "causes");
  if (!part) return [];
  const text = outline.paragraphs
    .slice(part.start + 1, part.end)
    .map((p) => p.text)
    .join("\n");
  if (hasSlots(text) || subjective.test(text)) return [];
  const found = [...new Set([...text.matchAll(objective)].map((m) => m[0]))];
  if (found.length === 0) return [];
  return [
    {
      paragraph: part.paragraph,
      message:
        `原因剖析只讲了${found.map((w) => `“${w}”`).join("、")}等客观原因，没有从思想、党性、宗旨意识、纪律意识、` +
        `政绩观等主观方面找根源。请把客观原因放在次要位置，重点剖析自己思想上的原因。`,
    },
  ];
}
