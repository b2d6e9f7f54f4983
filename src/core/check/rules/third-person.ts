import type { Rule, RuleFinding } from "../../types";
import cues from "../detectors/cues.json";
import { itemLabel } from "../item-label";
import { itemPieces, reportKind } from "../detectors/item-text";

const thirdPerson = new RegExp(cues.thirdPerson, "g");
const shortcoming = new RegExp(cues.shortcoming);
const objectBefore = new RegExp(cues.ownAction.before);
const objectAfter = new RegExp(cues.ownAction.after);

/**
 * 有的同志 / 个别党员 describing shortcomings inside a personal report's problems.
 * Only clauses that describe a shortcoming are flagged: the same phrases legitimately name
 * colleagues whose good example the writer failed to follow, or the people the writer's own failing
 * concerns (对有的同志提出的问题没有及时回应).
 */
export const thirdPersonRule: Rule = {
  id: "third-person",
  category: "wording",
  severity: "warning",
  name: "第三人称查摆问题",
  check(ctx) {
    if (reportKind(ctx) !== "personal") return [];
    const findings: RuleFinding[] = [];
    for (const problem of ctx.outline.problems) {
      for (const piece of itemPieces(ctx.outline, problem)) {
        for (const sentence of piece.text.matchAll(/[^。；！？，,]+[。；！？，,]?/g)) {
          if (!shortcoming.test(sentence[0])) continue;
          for (const m of sentence[0].matchAll(thirdPerson)) {
            const before = sentence[0].slice(0, m.index ?? 0);
            const after = sentence[0].slice((m.index ?? 0) + m[0].length);
            if (objectBefore.test(before) || objectAfter.test(after)) continue;
            const at = (sentence.index ?? 0) + (m.index ?? 0);
            findings.push({
              paragraph: piece.paragraph,
              ...(piece.offset >= 0 ? { offset: piece.offset + at, length: m[0].length } : {}),
              items: [problem.id],
              message:
                `${itemLabel(problem)}用“${m[0]}”描述不足，像是在说别人。个人对照检查材料应查摆自己的问题：` +
                `请改用第一人称（“我……”），写清自己的具体表现。`,
            });
          }
        }
      }
    }
    return findings;
  },
};
