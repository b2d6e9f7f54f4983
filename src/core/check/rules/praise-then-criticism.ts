import type { Rule, RuleFinding } from "../../types";
import cues from "../detectors/cues.json";
import { itemLabel } from "../item-label";
import { itemPieces } from "../detectors/item-text";

const praise = cues.praise.map((source) => new RegExp(source, "g"));

/** 虽然……但是…… inside a problem: praise that softens the self-criticism. */
export const praiseThenCriticismRule: Rule = {
  id: "praise-then-criticism",
  category: "wording",
  severity: "info",
  name: "先扬后抑",
  check({ outline }) {
    const findings: RuleFinding[] = [];
    for (const problem of outline.problems) {
      for (const piece of itemPieces(outline, problem)) {
        for (const re of praise) {
          for (const m of piece.text.matchAll(re)) {
            findings.push({
              paragraph: piece.paragraph,
              ...(piece.offset >= 0 ? { offset: piece.offset + (m.index ?? 0), length: m[0].length } : {}),
              items: [problem.id],
              message:
                `${itemLabel(problem)}先肯定成绩再讲不足（“${m[0].slice(0, 14)}……”），冲淡了自我批评。` +
                `查摆问题应直奔问题：请删去肯定的部分，直接写存在的不足和具体表现。`,
            });
          }
        }
      }
    }
    return findings;
  },
};
