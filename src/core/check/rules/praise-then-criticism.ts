/**
 * praise-then-criticism: 虽然……但是…… softening a problem.
 *
 * 虽然/尽管/虽说/固然……但(是)/然而/却/不过, and 取得了一定成绩，但…… inside a problem. Span = the praise
 * clause.
 *
 * Why: praise in a problem waters down the self-criticism; reviewers read it as stepping around the problem.
 *
 * WRONG: 虽然我完成了全年工作任务，但是质量还不够高。
 * RIGHT: 全年工作任务中有3项质量不高，其中调研报告被退回修改两次。
 */
import type { Rule, RuleContext, RuleFinding } from "../../types";
import cues from "../detectors/cues.json";
import { matchFindings, patternMatches } from "../detectors/item-text";
import { itemLabel } from "../item-label";

export const praiseThenCriticismRule: Rule = {
  id: "praise-then-criticism",
  name: "先扬后抑",
  category: "wording",
  severity: "info",
  check,
};

const praise = cues.praise.map((source) => new RegExp(source, "g"));

function check({ outline }: RuleContext): RuleFinding[] {
  return matchFindings(
    outline,
    outline.problems,
    (text) => patternMatches(praise, text),
    (problem, found) =>
      `${itemLabel(problem)}先肯定成绩再讲不足（“${found.slice(0, 14)}……”），冲淡了自我批评。` +
      `查摆问题应直奔问题：请删去肯定的部分，直接写存在的不足和具体表现。`,
  );
}
