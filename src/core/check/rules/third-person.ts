/**
 * third-person: 有的同志 / 个别党员 describing shortcomings in a personal report.
 *
 * Personal or team comes from `options.expect.kind`, else from the report: a title with 个人 is personal, one
 * with 班子 a team's; else a body as signature (××领导班子, ××党支部) or 班子 in the opening makes it a team
 * report. `proportion` and `missing-title` read the kind the same way. Flagged only in clauses of a problem
 * that describe a shortcoming: the same phrases may name colleagues whose good example the writer failed to
 * follow, or the people the writer's own failing concerns (对/向/帮助/听取 有的同志, 有的同志提出的/反映的 …),
 * and those are left alone.
 *
 * Why: a personal report criticises oneself; 有的同志 turns one's own problem into other people's, and
 * reviewers send such reports back.
 *
 * WRONG: 有的同志参加支部活动不够积极。
 * RIGHT: 我参加支部活动不够积极，全年有3次以加班为由请假。
 * RIGHT: 对有的同志提出的问题没有及时回应，拖了两个月才答复。
 */
import type { Rule, RuleContext, RuleFinding } from "../../types";
import cues from "../detectors/cues.json";
import { matchFindings, type ItemMatch } from "../detectors/item-text";
import { reportKind } from "../detectors/report-kind";
import { itemLabel } from "../item-label";

export const thirdPersonRule: Rule = {
  id: "third-person",
  name: "第三人称查摆问题",
  category: "wording",
  severity: "warning",
  check,
};

const thirdPerson = new RegExp(cues.thirdPerson, "g");
const shortcoming = new RegExp(cues.shortcoming);
const objectBefore = new RegExp(cues.ownAction.before);
const objectAfter = new RegExp(cues.ownAction.after);

function check(ctx: RuleContext): RuleFinding[] {
  if (reportKind(ctx) !== "personal") return [];
  return matchFindings(
    ctx.outline,
    ctx.outline.problems,
    findThirdPerson,
    (problem, found) =>
      `${itemLabel(problem)}用“${found}”描述不足，像是在说别人。个人对照检查材料应查摆自己的问题：` +
      `请改用第一人称（“我……”），写清自己的具体表现。`,
  );
}

/** 有的同志 … in the clauses that describe a shortcoming, unless the writer acts on them (对有的同志…). */
function findThirdPerson(text: string): ItemMatch[] {
  const found: ItemMatch[] = [];
  for (const clause of text.matchAll(/[^。；！？，,]+[。；！？，,]?/g)) {
    if (!shortcoming.test(clause[0])) continue;
    for (const m of clause[0].matchAll(thirdPerson)) {
      const at = m.index ?? 0;
      if (objectBefore.test(clause[0].slice(0, at)) || objectAfter.test(clause[0].slice(at + m[0].length)))
        continue;
      found.push({ offset: (clause.index ?? 0) + at, text: m[0] });
    }
  }
  return found;
}
